package dev.pingyi.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the whole suite — object sizes with JOL, then every JMH step of the {@link Plan} — and
 * writes the report from that one run.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar [--quick] [--readme FILE] [--out DIR] [--only TABLE,…] [--dry-run]
 * </pre>
 *
 * <p>{@code --readme} replaces the part of the file between the results markers with the report;
 * the report, each step's JMH JSON and log, and the load times go to {@code --out} (by default
 * {@code benchmarks/target/results}). Any JMH run of your own: {@code java -cp
 * benchmarks/target/benchmarks.jar org.openjdk.jmh.Main …}.
 */
public final class Suite {

  static final String BEGIN = "<!-- results:begin -->";
  static final String END = "<!-- results:end -->";
  static final String BUILD = "mvn -B -q -Pbench -pl benchmarks -am package -DskipTests";

  private Suite() {}

  public static void main(String[] args) throws Exception {
    boolean quick = false;
    boolean dryRun = false;
    Path readme = null;
    Path out = Path.of("benchmarks", "target", "results");
    List<String> only = List.of();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--quick" -> quick = true;
        case "--dry-run" -> dryRun = true;
        case "--readme" -> readme = Path.of(args[++i]);
        case "--out" -> out = Path.of(args[++i]);
        case "--only" -> only = Arrays.asList(args[++i].split(",", -1));
        default -> throw new IllegalArgumentException("Suite: unknown argument " + args[i]
            + "; use --quick, --readme FILE, --out DIR, --only TABLE,… (ranking, one-group, totals, analysis, csv) or --dry-run");
      }
    }
    List<Step> plan = new ArrayList<>();
    for (Step step : quick ? Plan.quick() : Plan.full()) {
      if (only.isEmpty() || only.contains(step.table())) {
        plan.add(step);
      }
    }
    int forks = plan.stream().mapToInt(Step::forkCount).sum();
    System.out.printf("Pingyi benchmarks, %s mode: %d steps, %d forks%n", quick ? "quick" : "full", plan.size(), forks);
    if (dryRun) {
      return;
    }
    Files.createDirectories(out);
    Path loadLog = out.resolve("loads.tsv").toAbsolutePath();
    Files.deleteIfExists(loadLog);
    Instant start = Instant.now();
    String loadBefore = Machine.loadAverage();
    List<ObjectSizes.Size> sizes = ObjectSizes.measure();
    List<Measured> measured = new ArrayList<>();
    for (int i = 0; i < plan.size(); i++) {
      Step step = plan.get(i);
      System.out.printf("[%s] step %d/%d: %s %s (%d forks)%n", elapsed(start), i + 1, plan.size(), step.table(),
          step.params(), step.forkCount());
      Collection<RunResult> results = new Runner(options(step, out.resolve("step-" + (i + 1)), loadLog)).run();
      measured.addAll(Measured.of(step, results));
    }
    Report report = new Report(quick, measured, sizes, Loads.read(loadLog), new Report.Run(
        command(quick, readme), ProcessHandle.current().info().commandLine().orElse("unknown"),
        Machine.describe(), DateTimeFormatter.ISO_INSTANT.format(start.atOffset(ZoneOffset.UTC)),
        elapsed(start), loadBefore, Machine.loadAverage(), plan));
    String markdown = report.markdown();
    Files.writeString(out.resolve("report.md"), markdown, StandardCharsets.UTF_8);
    if (readme != null) {
      replaceResults(readme, markdown);
    }
    System.out.printf("[%s] done: %s%n", elapsed(start), readme != null ? readme : out.resolve("report.md"));
  }

  /** The documented command of this run. */
  static String command(boolean quick, @Nullable Path readme) {
    return BUILD + " && java -jar benchmarks/target/benchmarks.jar" + (quick ? " --quick" : "")
        + (readme != null ? " --readme " + readme : "");
  }

  static org.openjdk.jmh.runner.options.Options options(Step step, Path prefix, Path loadLog) {
    List<String> jvmArgs = new ArrayList<>(step.jvmArgs());
    jvmArgs.add("-D" + SqlEngines.LOAD_LOG + "=" + loadLog);
    ChainedOptionsBuilder options = new OptionsBuilder()
        .include(Pattern.quote(step.benchmark().getName() + ".") + "\\w+$")
        .mode(step.mode())
        .timeUnit(TimeUnit.MILLISECONDS)
        .forks(step.forks())
        .warmupIterations(step.warmups())
        .measurementIterations(step.iterations())
        .jvmArgsAppend(jvmArgs.toArray(String[]::new))
        .shouldFailOnError(true)
        .result(prefix + ".json")
        .resultFormat(ResultFormatType.JSON)
        .output(prefix + ".log");
    if (step.mode() != Mode.SingleShotTime) {
      options.warmupTime(TimeValue.milliseconds(step.iterationMillis()))
          .measurementTime(TimeValue.milliseconds(step.iterationMillis()));
    } else {
      // a shot is one operation: a collection of what the setup or the shot before left (gigabytes
      // at 10^7 projects) would otherwise land inside one shot and not the next, doubling a median
      // of two; JMH collects before each iteration, outside the timing
      options.shouldDoGC(true);
    }
    for (Map.Entry<String, List<String>> p : step.params().entrySet()) {
      options.param(p.getKey(), p.getValue().toArray(String[]::new));
    }
    if (step.gcProfiler()) {
      options.addProfiler(GCProfiler.class);
    }
    return options.build();
  }

  static void replaceResults(Path readme, String markdown) throws IOException {
    String text = Files.readString(readme, StandardCharsets.UTF_8);
    int begin = text.indexOf(BEGIN);
    int end = text.indexOf(END);
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("Suite: " + readme + " has no " + BEGIN + " … " + END + " section");
    }
    Files.writeString(readme, text.substring(0, begin + BEGIN.length()) + "\n" + markdown + text.substring(end),
        StandardCharsets.UTF_8);
  }

  private static String elapsed(Instant start) {
    Duration d = Duration.between(start, Instant.now());
    return String.format("%d:%02d", d.toMinutes(), d.toSecondsPart());
  }
}
