package dev.pingyi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A program that has only the packaged pingyi-core jar and Guava (with Guava's own runtime
 * dependencies) compiles under {@code -Xlint:all -Werror} and runs, on the class path and on the
 * module path: no Immutables, no stray annotations, a module whose consumer requires {@code
 * dev.pingyi.core} alone and still reads the Guava types the API returns, and an internal package
 * no consumer can reach.
 */
class ConsumerIT {

  private static final String CONSUMER = """
      package consumer;

      import dev.pingyi.model.County;
      import dev.pingyi.model.CountyKind;
      import dev.pingyi.model.DivisionCode;
      import dev.pingyi.model.Prefecture;
      import dev.pingyi.model.ReportPeriod;
      import dev.pingyi.model.Yuan;
      import dev.pingyi.aggregate.Figures;
      import dev.pingyi.aggregate.GroupedTotals;
      import dev.pingyi.model.*;
      import dev.pingyi.aggregate.*;
      import dev.pingyi.ranking.*;
      import com.google.common.collect.ImmutableList;
      import java.util.List;

      public final class Main {
        /** Touches every public type, so that any annotation leaking into a class file shows. */
        static final List<Class<?>> ALL = List.of(
            Capacity.class, ChineseNumerals.class, ClusterLevel.class, County.class,
            CountyKind.class, CreditCode.class, Division.class, DivisionCode.class,
            DivisionLevel.class, DivisionRegistry.class, Enterprise.class,
            EnterpriseDesignation.class, EvaluatedUnit.class, EvaluationAspect.class,
            EvaluationGroup.class, Growth.class, ImmutableCapacity.class, ImmutableCounty.class,
            ImmutableEnterprise.class, ImmutableEvaluatedUnit.class,
            ImmutableEvaluationGroup.class, ImmutableIndustryCluster.class,
            ImmutablePrefecture.class, ImmutableProjectPhase.class,
            ImmutableScoreAdjustment.class, ImmutableScoreComponent.class,
            ImmutableScoreSheet.class, IndustryCluster.class, Percent.class,
            PercentagePoints.class, PeriodKind.class, Prefecture.class, Project.class,
            ProjectCategory.class, ProjectLevel.class, ProjectPhase.class, ProjectStatus.class,
            Ratio.class, ReportPeriod.class, Score.class, ScoreAdjustment.class,
            ScoreComponent.class, ScoreSheet.class, UnitKind.class, WithCapacity.class,
            WithCounty.class, WithEnterprise.class, WithEvaluatedUnit.class,
            WithEvaluationGroup.class, WithIndustryCluster.class, WithPrefecture.class,
            WithProjectPhase.class, WithScoreAdjustment.class,
            WithScoreComponent.class, WithScoreSheet.class, Yuan.class, YuanUnit.class,
            Figures.class, GroupOrder.class, GroupedTotals.class, GroupedTotalsAccumulator.class,
            ImmutableGroupedTotals.class, ImmutableInvestmentSum.class,
            ImmutableInvestmentTotals.class, ImmutableScheduleProgress.class,
            InvestmentAccumulator.class, InvestmentSum.class, InvestmentTotals.class,
            ProjectLedger.class, ScheduleProgress.class, Breakdown.class, CompositeRule.class,
            CriticalWeightChange.class, EntryStatus.class, Exclusion.class,
            ImmutableBreakdown.class, ImmutableCompositeRule.class,
            ImmutableCriticalWeightChange.class, ImmutableExclusion.class,
            ImmutablePlaceTiers.class, ImmutableRankChange.class, ImmutableRankingRule.class,
            ImmutableScoreTiers.class, ImmutableScoringScheme.class, ImmutableShareTiers.class,
            ImmutableSwapWeight.class, ImmutableWeightInterval.class, MissingSheetPolicy.class,
            PlaceTiers.class, PublishedRanking.class, RankBasis.class, RankChange.class,
            RankCorrelation.class, RankedEntry.class, Ranking.class, RankingRule.class,
            Rankings.class, ScoreTiers.class, ScoringScheme.class, ShareTiers.class,
            SwapWeight.class, TiePolicy.class, TierRule.class, VetoPolicy.class,
            WeightInterval.class, WeightSensitivity.class, WithCompositeRule.class,
            WithRankingRule.class, WithScoringScheme.class);

        public static void main(String[] args) {
          Prefecture liaocheng = Prefecture.of("聊城市", DivisionCode.of("371500"));
          County guanxian = County.builder()
              .name("冠县")
              .kind(CountyKind.COUNTY)
              .divisionCode(DivisionCode.of("371525"))
              .prefecture(liaocheng)
              .build();
          County renamed = guanxian.withShortName("冠");
          Yuan total = Yuan.parse("13.8亿元").plus(Yuan.parse("4500万元"));
          ScoreComponent base = ScoreComponent.BASE_EVALUATION;
          County.Builder copy = County.builder().from(guanxian);
          ImmutableList<Capacity> capacities = Project.builder()
              .id("p").name("项目").county(copy.build()).category(ProjectCategory.INDUSTRY)
              .status(ProjectStatus.PLANNED).planYear(2022).addCapacities(Capacity.parse("35万吨/年"))
              .build()
              .capacities();
          System.out.print(capacities.size() + " " + base.name() + " ");
          // the registry's data is a resource of the module, read on the module path too
          System.out.print(DivisionRegistry.gbt2260().require(DivisionCode.of("371503")).name() + " ");
          System.out.println(renamed.shortName() + " " + total.toReportString() + " "
              + ReportPeriod.parse("2022H1").elapsedShareOfYear());
          try {
            guanxian.withDivisionCode(DivisionCode.of("371625"));
          } catch (IllegalArgumentException expected) {
            System.out.println("rejected");
          }
        }
      }
      """;

  @TempDir Path work;

  @Test
  void consumerCompilesWithoutWarningsAndRunsOnTheClassPath() throws Exception {
    Path source = write("src/consumer/Main.java", CONSUMER);
    Path classes = Files.createDirectories(work.resolve("classes"));
    String classPath = join(runtimeJars());

    compile("-Xlint:all", "-Werror", "--release", "17", "-cp", classPath, "-d", classes.toString(),
        source.toString());

    assertThat(run("-cp", classes + File.pathSeparator + classPath, "consumer.Main"))
        .isEqualTo("1 基础评议分 茌平区 冠 14.25亿元 1/2\nrejected\n");
  }

  @Test
  void modularConsumerRequiringOnlyPingyiRunsAndReadsGuavaTransitively() throws Exception {
    try (JarFile jar = new JarFile(pingyiJar().toFile())) {
      assertThat(jar.getEntry("module-info.class")).as("module-info.class in the jar").isNotNull();
    }
    write("msrc/consumer/module-info.java", "module consumer { requires dev.pingyi.core; }");
    Path source = write("msrc/consumer/consumer/Main.java", CONSUMER);
    Path classes = Files.createDirectories(work.resolve("mclasses"));
    String modulePath = join(runtimeJars());

    compile("-Xlint:all", "-Werror", "--release", "17", "-cp", work.toString(), "--module-path", modulePath,
        "-d", classes.toString(), work.resolve("msrc/consumer/module-info.java").toString(),
        source.toString());

    assertThat(run("--module-path", classes + File.pathSeparator + modulePath,
            "-m", "consumer/consumer.Main"))
        .isEqualTo("1 基础评议分 茌平区 冠 14.25亿元 1/2\nrejected\n");
  }

  @Test
  void theInternalPackageIsNotExported() throws Exception {
    write("isrc/consumer/module-info.java", "module consumer { requires dev.pingyi.core; }");
    Path source = write("isrc/consumer/consumer/Main.java", """
        package consumer;

        public final class Main {
          public static void main(String[] args) {
            System.out.println(dev.pingyi.internal.TextRules.strip(" x "));
          }
        }
        """);
    Path classes = Files.createDirectories(work.resolve("iclasses"));

    // an empty class path, so that javac in this JVM does not fall back to the test's own
    String diagnostics = compileFailing("--release", "17", "-cp", work.toString(), "--module-path", join(runtimeJars()),
        "-d", classes.toString(), work.resolve("isrc/consumer/module-info.java").toString(),
        source.toString());

    assertThat(diagnostics).contains("dev.pingyi.internal").contains("does not export");
  }

  private static Path pingyiJar() {
    Path jar = Paths.get(System.getProperty("pingyi.jar", "missing"));
    assertThat(jar).as("the packaged jar, passed by failsafe as pingyi.jar").isRegularFile();
    return jar;
  }

  /**
   * The pingyi-core jar, Guava and the jars Maven gives a user of Guava (failureaccess and its
   * annotation jars, which javac reads when a consumer names a Guava type); nothing else.
   */
  private static List<Path> runtimeJars() {
    List<Path> jars = new ArrayList<>();
    jars.add(pingyiJar());
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String name = Paths.get(entry).getFileName().toString();
      if (name.startsWith("guava-") && !name.startsWith("guava-testlib")
          || name.startsWith("failureaccess-")
          || name.startsWith("error_prone_annotations-")
          || name.startsWith("j2objc-annotations-")
          || name.startsWith("jspecify-")) {
        jars.add(Paths.get(entry));
      }
    }
    assertThat(jars).as("guava, failureaccess and Guava's annotation jars on the test class path")
        .hasSizeGreaterThanOrEqualTo(5);
    return jars;
  }

  private Path write(String relative, String text) throws IOException {
    Path file = work.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static void compile(String... args) {
    StringWriter diagnostics = new StringWriter();
    int status = javac(diagnostics, args);
    assertThat(diagnostics.toString()).as("javac output").isEmpty();
    assertThat(status).as("javac status").isZero();
  }

  private static String compileFailing(String... args) {
    StringWriter diagnostics = new StringWriter();
    assertThat(javac(diagnostics, args)).as("javac status").isNotZero();
    return diagnostics.toString();
  }

  private static int javac(StringWriter diagnostics, String... args) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> options = new ArrayList<>(Arrays.asList("-encoding", "UTF-8"));
    options.addAll(Arrays.asList(args));
    String[] all = options.toArray(new String[0]);
    int status = javac.run(null, null, new java.io.PrintStream(new java.io.OutputStream() {
      @Override
      public void write(int b) {
        diagnostics.write(b);
      }
    }, true, StandardCharsets.UTF_8), all);
    return status;
  }

  private String run(String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Dstdout.encoding=UTF-8");
    command.add("-Dfile.encoding=UTF-8");
    command.addAll(Arrays.asList(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    return output;
  }

  private static String join(List<Path> paths) {
    return paths.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
  }
}
