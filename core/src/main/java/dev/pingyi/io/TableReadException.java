package dev.pingyi.io;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * A table could not be read: in {@link ReadMode#STRICT} because some rows are bad, in either mode
 * because the table as a whole is (no header row, a required column missing, a file that is
 * neither CSV text nor an {@code .xlsx} workbook). The message lists every problem kept, one a
 * line, each with its sheet, row, column, value and rule, then how many more there were.
 *
 * <p>An {@link IllegalArgumentException}, as every rejection of bad input in Pingyi is; failures to
 * read the file itself are {@link java.io.IOException}s, which the readers declare.
 */
public final class TableReadException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final ImmutableList<ReadProblem> problems;
  private final int problemCount;

  TableReadException(String source, List<ReadProblem> problems, int problemCount) {
    super(message(source, problems, problemCount));
    checkArgument(!problems.isEmpty() && problemCount >= problems.size(), "problems");
    this.problems = ImmutableList.copyOf(problems);
    this.problemCount = problemCount;
  }

  TableReadException(String source, List<ReadProblem> problems, int problemCount, Throwable cause) {
    this(source, problems, problemCount);
    initCause(requireNonNull(cause, "cause"));
  }

  private static String message(String source, List<ReadProblem> problems, int problemCount) {
    StringBuilder s = new StringBuilder(source).append(": ");
    s.append(problemCount == 1 ? "1 problem" : problemCount + " problems").append("; the table was not read");
    for (ReadProblem problem : problems) {
      s.append("\n  ").append(problem);
    }
    if (problemCount > problems.size()) {
      s.append("\n  and ").append(problemCount - problems.size()).append(" more");
    }
    return s.toString();
  }

  /** The problems, in the table's order, at most the reader's cap. */
  public ImmutableList<ReadProblem> problems() {
    return problems;
  }

  /** The number of problems found, including any beyond the cap of {@link #problems()}. */
  public int problemCount() {
    return problemCount;
  }
}
