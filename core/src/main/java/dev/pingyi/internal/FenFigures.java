package dev.pingyi.internal;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * The three investment figures a project keeps as counts of fen, read by the totals without the
 * {@code Optional<Yuan>} that the project's public accessors make for each figure: what a ledger
 * of ten million projects reads thirty million times.
 *
 * <p>The project type registers its reader from its static initializer, so any code that holds a
 * project finds the reader registered; this package names no layer, so the reader takes the
 * project as an {@code Object}.
 */
public final class FenFigures {

  /** A figure that is absent; every present figure is at least zero. */
  public static final long ABSENT = Long.MIN_VALUE;

  /** Reads a project's figures, each in fen or {@link #ABSENT}. */
  public interface Reader {
    /** 总投资 in fen, or {@link #ABSENT}. */
    long totalFen(Object project);

    /** 年度计划投资 in fen, or {@link #ABSENT}. */
    long plannedFen(Object project);

    /** 完成投资 in fen, or {@link #ABSENT}. */
    long completedFen(Object project);
  }

  private static volatile @Nullable Reader reader;

  private FenFigures() {}

  /**
   * Registers the reader of the project type; called once, by that type's static initializer.
   *
   * @throws IllegalStateException if a reader is registered already
   */
  public static void register(Reader projectReader) {
    requireNonNull(projectReader, "projectReader");
    synchronized (FenFigures.class) {
      if (reader != null) {
        throw new IllegalStateException("FenFigures: a project reader is registered already");
      }
      reader = projectReader;
    }
  }

  /**
   * The registered reader; call it once a project is at hand, whose class has registered it.
   *
   * @throws IllegalStateException if no project type registered its reader
   */
  public static Reader reader() {
    Reader registered = reader;
    if (registered == null) {
      throw new IllegalStateException("FenFigures: no project type registered its reader");
    }
    return registered;
  }
}
