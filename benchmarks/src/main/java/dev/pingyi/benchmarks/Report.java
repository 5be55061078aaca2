package dev.pingyi.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Mode;

/** The markdown report of one run of the suite: the tables, the targets, the machine and the command. */
final class Report {

  /** How and where the run was made. */
  record Run(String command, String jvmCommandLine, String machine, String started, String duration,
      String loadBefore, String loadAfter, List<Step> plan) {}

  private final boolean quick;
  private final List<Measured> measured;
  private final List<ObjectSizes.Size> sizes;
  private final List<Loads.Load> loads;
  private final Run run;
  private final StringBuilder md = new StringBuilder();

  Report(boolean quick, List<Measured> measured, List<ObjectSizes.Size> sizes, List<Loads.Load> loads, Run run) {
    this.quick = quick;
    this.measured = measured;
    this.sizes = sizes;
    this.loads = loads;
    this.run = run;
  }

  String markdown() {
    md.setLength(0);
    line("## Results: " + (quick ? "quick mode" : "full run"));
    line("");
    line("From one run of `" + run.command() + "`, started " + run.started() + ", taking " + run.duration()
        + " (min:s).");
    line("");
    line("- Machine: " + run.machine() + ". Load average (1, 5, 15 min) " + run.loadBefore() + " before the run, "
        + run.loadAfter() + " after it: other work shared the 2 cores, so read ratios to within about a third.");
    line("- JVM of the suite: `" + run.jvmCommandLine() + "`; each fork adds its heap (`-Xmx6g`, `-Xmx10g` for "
        + "10⁷ projects and the analyses).");
    line("- Each figure is the median over forks of each fork's mean time per operation, in ms; ± is JMH's "
        + "99.9 % error over all measured iterations (— where JMH gives none: one fork of one or two iterations). "
        + "× floor and × DuckDB are ratios of medians at the same size. Allocation is JMH's `gc.alloc.rate.norm`.");
    line("- Steps: " + run.plan().stream().map(Report::describe).collect(Collectors.joining("; ")) + ".");
    line("");
    targets();
    table(Step.RANKING, "Ranking N score sheets in groups of 1 000 units (70/30 scheme, competition ranks)",
        "sheet", true);
    loads();
    table(Step.ONE_GROUP, "Ranking one group of N units", "unit", false);
    exponents(Step.ONE_GROUP, "Fitted exponent of time against N (least squares on log–log)");
    table(Step.TOTALS, "Totals per county of N projects over 3 000 counties", "project", true);
    exponents(Step.TOTALS, "Fitted exponent of time against N (least squares on log–log)");
    analyses();
    table(Step.CSV, "Reading a projects CSV of N rows (Chinese headers, 万元 with two decimals, status words)",
        "row", CSV_BASES);
    memory();
    return md.toString();
  }

  private static String describe(Step s) {
    String shape = s.mode() == Mode.SingleShotTime
        ? s.warmups() + " warm-up + " + s.iterations() + " measured single shots, a full collection before each"
        : s.warmups() + " warm-up + " + s.iterations() + " measured iterations of " + s.iterationMillis() + " ms";
    return s.table() + " " + s.params().getOrDefault("size", List.of()).stream().map(n -> size(Integer.parseInt(n))).collect(Collectors.joining(", "))
        + ": " + s.forks() + (s.forks() == 1 ? " fork × " : " forks × ") + shape;
  }

  private void targets() {
    line("### Targets");
    line("");
    line("| target | measured | |");
    line("|---|---|---|");
    ratioTarget("`Rankings.rankAll` over 10⁶ sheets ≤ 2× floor", Step.RANKING, RankingEngine.PINGYI_RANK_ALL,
        RankingEngine.FLOOR, 1_000_000, 2);
    ratioTarget("`Rankings.rank` of one group of 10⁶ units ≤ 2× floor", Step.ONE_GROUP, RankingEngine.PINGYI_RANK,
        RankingEngine.FLOOR, 1_000_000, 2);
    reported("the same, a call that builds its table of all members, as the first ranking of new groups does "
        + "(`pingyi-rankAll-fresh`; reported, no target)", Step.RANKING, RankingEngine.PINGYI_RANK_ALL_FRESH,
        FLOOR_AND_DUCKDB, 1_000_000);
    ratioTarget("a parallel option faster than DuckDB with 2 threads: `Rankings.rankAllParallel`", Step.RANKING,
        RankingEngine.PINGYI_RANK_ALL_PARALLEL, RankingEngine.DUCKDB_2, 1_000_000, 1);
    ratioTarget("the same, `rank` per group in a parallel stream (sheets held per group)", Step.RANKING,
        RankingEngine.PINGYI_RANK_PARALLEL, RankingEngine.DUCKDB_2, 1_000_000, 1);
    ratioTarget("collector totals over 10⁷ projects ≤ 8× floor", Step.TOTALS, TotalsEngine.PINGYI_COLLECTOR,
        TotalsEngine.FLOOR, 10_000_000, 8);
    ratioTarget("`ProjectLedger.totalsByCounty()` over 10⁷ ≤ 2× floor", Step.TOTALS, TotalsEngine.PINGYI_LEDGER,
        TotalsEngine.FLOOR, 10_000_000, 2);
    ratioTarget("building the ledger of 10⁷ ≤ 4× one collector pass", Step.TOTALS, TotalsEngine.PINGYI_LEDGER_BUILD,
        TotalsEngine.PINGYI_COLLECTOR, 10_000_000, 4);
    ratioTarget("`ProjectTableReader.readCsv` of a 10⁶-row ledger CSV ≤ 3× FastCSV's bare parse of the same file",
        Step.CSV, CsvEngine.PINGYI, CsvEngine.FASTCSV_BARE, 1_000_000, 3);
    reported("`ProjectTableReader.readCsv` of 10⁶ rows beside DuckDB's `read_csv` into a table (reported, no target)",
        Step.CSV, CsvEngine.PINGYI, List.of(CSV_BASES.get(2), CSV_BASES.get(3)), 1_000_000);
    for (ObjectSizes.Size s : sizes) {
      if (s.target() > 0) {
        verdict(s.what() + " ≤ " + s.target() + " bytes", String.format(Locale.ROOT, "%.1f bytes", s.bytes()),
            s.bytes() <= s.target());
      }
    }
    exponentTarget("growth of `Rankings.rank` over one group ≤ 1.2", Step.ONE_GROUP, RankingEngine.PINGYI_RANK, 1.2);
    exponentTarget("growth of collector totals linear (≤ 1.1)", Step.TOTALS, TotalsEngine.PINGYI_COLLECTOR, 1.1);
    exponentTarget("growth of `totalsByCounty()` linear (≤ 1.1)", Step.TOTALS, TotalsEngine.PINGYI_LEDGER, 1.1);
    line("");
  }

  private void ratioTarget(String target, String table, String impl, String base, int size, double limit) {
    Optional<Integer> at = commonSizes(table, impl, base).stream().filter(n -> n <= size).reduce((a, b) -> b);
    if (at.isEmpty()) {
      line("| " + target + " | not measured | |");
      return;
    }
    double ratio = find(table, impl, at.get()).orElseThrow().millis() / find(table, base, at.get()).orElseThrow().millis();
    String where = at.get() == size ? "" : " at N = " + size(at.get()) + " (this run's largest)";
    String op = limit == 1 ? "× DuckDB 2t" : "×";
    verdict(target, String.format(Locale.ROOT, "%.2f%s%s", ratio, op, where), limit == 1 ? ratio < 1 : ratio <= limit);
  }

  /** A row of ratios without a target, at the size or this run's largest below it. */
  private void reported(String what, String table, String impl, List<Base> bases, int size) {
    List<String> ratios = new ArrayList<>();
    int largest = 0;
    for (Base b : bases) {
      Optional<Integer> at = commonSizes(table, impl, b.impl()).stream().filter(n -> n <= size).reduce((x, y) -> y);
      if (at.isPresent()) {
        largest = at.get();
        ratios.add(String.format(Locale.ROOT, "%.2f%s", find(table, impl, at.get()).orElseThrow().millis()
            / find(table, b.impl(), at.get()).orElseThrow().millis(), b.label()));
      }
    }
    if (ratios.isEmpty()) {
      line("| " + what + " | not measured | |");
      return;
    }
    String where = largest == size ? "" : " at N = " + size(largest) + " (this run's largest)";
    line("| " + what + " | " + String.join(", ", ratios) + where + " | — |");
  }

  private void exponentTarget(String target, String table, String impl, double limit) {
    double b = exponent(table, impl);
    if (Double.isNaN(b)) {
      line("| " + target + " | not measured | |");
      return;
    }
    verdict(target, String.format(Locale.ROOT, "%.2f over N = %s", b, sizesOf(table, impl).stream()
        .map(Report::size).collect(Collectors.joining(", "))), b <= limit);
  }

  private void verdict(String target, String value, boolean met) {
    line("| " + target + " | " + value + " | " + (met ? "met" : "**missed**") + " |");
  }

  /** A column of ratios: each implementation's time over the base's, at the same N. */
  private record Base(String impl, String label) {}

  private static final List<Base> FLOOR_ONLY = List.of(new Base(RankingEngine.FLOOR, "× floor"));
  private static final List<Base> FLOOR_AND_DUCKDB = List.of(new Base(RankingEngine.FLOOR, "× floor"),
      new Base(RankingEngine.DUCKDB_1, "× DuckDB 1t"), new Base(RankingEngine.DUCKDB_2, "× DuckDB 2t"));
  private static final List<Base> CSV_BASES = List.of(new Base(CsvEngine.FASTCSV_BARE, "× FastCSV bare"),
      new Base(CsvEngine.FLOOR, "× floor"), new Base(CsvEngine.DUCKDB_1, "× DuckDB 1t"),
      new Base(CsvEngine.DUCKDB_2, "× DuckDB 2t"));

  private void table(String table, String title, String per, boolean sql) {
    table(table, title, per, sql ? FLOOR_AND_DUCKDB : FLOOR_ONLY);
  }

  private void table(String table, String title, String per, List<Base> bases) {
    List<Measured> rows = of(table);
    if (rows.isEmpty()) {
      return;
    }
    line("### " + title);
    line("");
    line("| N | implementation | ms | ± |" + bases.stream().map(b -> " " + b.label() + " |").collect(Collectors.joining())
        + " allocated B/" + per + " |");
    line("|---:|---|---:|---:|" + "---:|".repeat(bases.size()) + "---:|");
    for (int size : sizes(table)) {
      for (String impl : impls(table)) {
        Optional<Measured> m = find(table, impl, size);
        if (m.isEmpty()) {
          continue;
        }
        StringBuilder row = new StringBuilder("| " + size(size) + " | " + impl + " | " + ms(m.get().millis()) + " | "
            + ms(m.get().errorMillis()) + " |");
        for (Base b : bases) {
          row.append(' ').append(ratio(m.get(), table, b.impl())).append(" |");
        }
        double alloc = m.get().allocBytes() / size;
        row.append(' ').append(Double.isNaN(alloc) ? "—" : String.format(Locale.ROOT, "%.1f", alloc)).append(" |");
        line(row.toString());
      }
    }
    line("");
    notRun(table);
  }

  /** Says which implementations this run left out at which sizes of a table. */
  private void notRun(String table) {
    List<String> missing = new ArrayList<>();
    for (String impl : impls(table)) {
      List<String> at = sizes(table).stream().filter(n -> find(table, impl, n).isEmpty()).map(Report::size).toList();
      if (!at.isEmpty()) {
        missing.add(impl + " at " + String.join(", ", at));
      }
    }
    if (!missing.isEmpty()) {
      line("Not run: " + String.join("; ", missing) + " (see `Plan`: over the time budget, or not needed by a "
          + "target).");
      line("");
    }
  }

  private void exponents(String table, String title) {
    if (of(table).isEmpty()) {
      return;
    }
    line(title + ":");
    line("");
    line("| implementation | exponent |");
    line("|---|---:|");
    for (String impl : impls(table)) {
      double b = exponent(table, impl);
      line("| " + impl + " | " + (Double.isNaN(b) ? "—" : String.format(Locale.ROOT, "%.2f", b)) + " |");
    }
    line("");
  }

  private void loads() {
    if (loads.isEmpty()) {
      return;
    }
    line("### Loading the SQL engines (apart from the query times above)");
    line("");
    line("Each SQL fork loads its table once, cold, before its checks and timing: DuckDB with its appender, "
        + "H2 with batched `INSERT`s of 10 000 rows. Median over forks, in seconds.");
    line("");
    line("| workload | N | engine | s | forks |");
    line("|---|---:|---|---:|---:|");
    for (Loads.Load l : loads) {
      line(String.format(Locale.ROOT, "| %s | %s | %s | %.3f | %d |", l.workload(), size(l.size()), l.engine(),
          Measured.median(l.seconds()), l.seconds().size()));
    }
    line("");
  }

  private void analyses() {
    List<Measured> rows = of(Step.ANALYSIS);
    if (rows.isEmpty()) {
      return;
    }
    Set<Integer> all = sizes(Step.ANALYSIS);
    line("### Analyses of one group of N units (ms)");
    line("");
    line("`percentAny` and `percentTop` build every pair's critical change, n(n − 1) objects: seconds a shot at "
        + "10³ units and some 10⁸ objects at 10⁴, more than the heap, so they run at 10³ and 10^3.25 only; "
        + "— marks sizes not run.");
    line("");
    line("| analysis | " + all.stream().map(Report::size).collect(Collectors.joining(" | ")) + " | exponent |");
    line("|---|" + "---:|".repeat(all.size()) + "---:|");
    for (String impl : impls(Step.ANALYSIS)) {
      StringBuilder row = new StringBuilder("| " + impl + " |");
      for (int n : all) {
        row.append(' ').append(find(Step.ANALYSIS, impl, n).map(m -> ms(m.millis()) + " ± " + ms(m.errorMillis()))
            .orElse("—")).append(" |");
      }
      double b = exponent(Step.ANALYSIS, impl);
      row.append(' ').append(Double.isNaN(b) ? "—" : String.format(Locale.ROOT, "%.2f", b)).append(" |");
      line(row.toString());
    }
    line("");
  }

  private void memory() {
    line("### Memory (JOL, mean over " + size(ObjectSizes.COUNT) + " objects)");
    line("");
    line("| object | counted | bytes | target |");
    line("|---|---|---:|---:|");
    for (ObjectSizes.Size s : sizes) {
      line(String.format(Locale.ROOT, "| %s | %s | %.1f | %s |", s.what(), s.counted(), s.bytes(),
          s.target() > 0 ? "≤ " + s.target() : "—"));
    }
    line("");
  }

  /** The slope of ln(time) against ln(N) by least squares; NaN with fewer than two sizes. */
  double exponent(String table, String impl) {
    List<Measured> points = of(table).stream().filter(m -> m.impl().equals(impl)).toList();
    if (points.size() < 2) {
      return Double.NaN;
    }
    double mx = points.stream().mapToDouble(m -> Math.log(m.size())).average().orElseThrow();
    double my = points.stream().mapToDouble(m -> Math.log(m.millis())).average().orElseThrow();
    double sxy = 0;
    double sxx = 0;
    for (Measured m : points) {
      double dx = Math.log(m.size()) - mx;
      sxy += dx * (Math.log(m.millis()) - my);
      sxx += dx * dx;
    }
    return sxy / sxx;
  }

  private String ratio(Measured m, String table, String base) {
    return find(table, base, m.size()).map(b -> String.format(Locale.ROOT, "%.2f", m.millis() / b.millis()))
        .orElse("—");
  }

  private List<Measured> of(String table) {
    return measured.stream().filter(m -> m.table().equals(table)).toList();
  }

  private Optional<Measured> find(String table, String impl, int size) {
    return of(table).stream().filter(m -> m.impl().equals(impl) && m.size() == size).findFirst();
  }

  private Set<Integer> sizes(String table) {
    return new TreeSet<>(of(table).stream().map(Measured::size).toList());
  }

  private List<Integer> sizesOf(String table, String impl) {
    return of(table).stream().filter(m -> m.impl().equals(impl)).map(Measured::size).sorted().toList();
  }

  private List<Integer> commonSizes(String table, String impl, String base) {
    List<Integer> b = sizesOf(table, base);
    return sizesOf(table, impl).stream().filter(b::contains).toList();
  }

  private Set<String> impls(String table) {
    return new LinkedHashSet<>(of(table).stream().map(Measured::impl).toList());
  }

  static String size(int n) {
    String[] powers = {"1", "10", "10²", "10³", "10⁴", "10⁵", "10⁶", "10⁷", "10⁸"};
    for (int p = 0, v = 1; p < powers.length; p++, v *= 10) {
      if (n == v) {
        return powers[p];
      }
    }
    return String.format(Locale.ROOT, "%,d", n).replace(',', ' ');
  }

  static String ms(double ms) {
    if (Double.isNaN(ms) || Double.isInfinite(ms)) {
      return "—";
    }
    String format = ms >= 100 ? "%.0f" : ms >= 10 ? "%.1f" : ms >= 1 ? "%.2f" : ms >= 0.1 ? "%.3f" : "%.4f";
    return String.format(Locale.ROOT, format, ms);
  }

  private void line(String s) {
    md.append(s).append('\n');
  }
}
