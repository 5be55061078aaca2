package dev.pingyi.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A modular program that reads and writes CSV tables with the packaged pingyi-core jar, Guava and
 * FastCSV alone — fastexcel absent — compiles under {@code -Xlint:all -Werror} (no annotation
 * leaks from the generated io types) and runs on the module path. An application that uses the
 * optional FastCSV names it in its own module: {@code requires de.siegmar.fastcsv;}.
 */
class TableConsumerIT {

  private static final String CONSUMER = """
      package consumer;

      import dev.pingyi.io.*;
      import dev.pingyi.model.*;
      import java.io.ByteArrayInputStream;
      import java.io.ByteArrayOutputStream;
      import java.nio.charset.Charset;
      import java.util.List;

      public final class Main {
        static final List<Class<?>> ALL = List.of(
            CountyLookup.class, EvaluatedUnitTableReader.class, EvaluatedUnitTableReader.Builder.class,
            ImmutableListedUnit.class, ImmutableReadProblem.class, ImmutableReadResult.class, ListedUnit.class,
            ImmutableSkippedRow.class, ProjectColumn.class, ProjectTableReader.class,
            ProjectTableReader.Builder.class, ReadMode.class, ReadProblem.class, ReadResult.class,
            ScoreSheetColumn.class, ScoreSheetTableReader.class, ScoreSheetTableReader.Builder.class,
            SkipReason.class, SkippedRow.class, TableReadException.class, TableWriter.class, UnitColumn.class);

        public static void main(String[] args) throws Exception {
          Prefecture liaocheng = Prefecture.of("聊城市", DivisionCode.of("371500"));
          CountyLookup counties = CountyLookup.of(liaocheng, DivisionRegistry.gbt2260(), List.of());
          byte[] gbk = ("2022年重点项目\\r\\n项目名称,所属县区,项目类别,开工状态,总投资（亿元）\\r\\n"
              + "宠物食品项目,冠县,产业,在建,13.8\\r\\n合计,,,,13.8\\r\\n").getBytes(Charset.forName("GBK"));
          ProjectTableReader reader = ProjectTableReader.builder(counties).planYear(2022).build();
          ReadResult<Project> read = reader.readCsv(new ByteArrayInputStream(gbk), "gbk.csv");
          Project project = read.values().get(0);
          System.out.println(project.name() + " " + project.totalInvestment().orElseThrow().toReportString()
              + " " + read.charset().orElseThrow() + " " + read.skippedRows().size());
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          TableWriter.projects(read.values()).writeCsv(out);
          System.out.println(reader.readCsv(new ByteArrayInputStream(out.toByteArray()), "again.csv").values()
              .equals(read.values()));
          try {
            reader.readCsv(new ByteArrayInputStream("项目名称,所属县区,项目类别,开工状态\\n甲,东昌区,产业,在建\\n"
                .getBytes(Charset.forName("UTF-8"))), "bad.csv");
          } catch (TableReadException e) {
            System.out.println(e.problems().get(0).columnLetters().orElseThrow() + e.problems().get(0).row().getAsInt());
          }
        }
      }
      """;

  @TempDir Path work;

  @Test
  void aModularConsumerReadsAndWritesCsvWithFastCsvAndWithoutFastexcel() throws Exception {
    write("src/consumer/module-info.java",
        "module consumer { requires dev.pingyi.core; requires de.siegmar.fastcsv; }");
    Path source = write("src/consumer/consumer/Main.java", CONSUMER);
    Path classes = Files.createDirectories(work.resolve("classes"));
    String modulePath = jars();

    compile("-Xlint:all", "-Werror", "--release", "17", "-cp", work.toString(), "--module-path", modulePath,
        "-d", classes.toString(), work.resolve("src/consumer/module-info.java").toString(), source.toString());

    assertThat(run("--module-path", classes + File.pathSeparator + modulePath, "-m", "consumer/consumer.Main"))
        .isEqualTo("宠物食品项目 13.8亿元 GBK 2\ntrue\nB2\n");
  }

  /** The packaged jar, Guava with the jars a user of Guava gets, and FastCSV; no fastexcel. */
  private static String jars() {
    Path pingyi = Paths.get(System.getProperty("pingyi.jar", "missing"));
    assertThat(pingyi).as("the packaged jar, passed by failsafe as pingyi.jar").isRegularFile();
    List<Path> jars = new ArrayList<>(List.of(pingyi));
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String name = Paths.get(entry).getFileName().toString();
      if ((name.startsWith("guava-") && !name.startsWith("guava-testlib"))
          || name.startsWith("failureaccess-")
          || name.startsWith("error_prone_annotations-")
          || name.startsWith("j2objc-annotations-")
          || name.startsWith("jspecify-")
          || name.startsWith("fastcsv-")) {
        jars.add(Paths.get(entry));
      }
    }
    assertThat(jars).as("guava, its annotation jars and fastcsv on the test class path").hasSizeGreaterThanOrEqualTo(6);
    return jars.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
  }

  private Path write(String relative, String text) throws IOException {
    Path file = work.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static void compile(String... args) {
    StringWriter diagnostics = new StringWriter();
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> options = new ArrayList<>(Arrays.asList("-encoding", "UTF-8"));
    options.addAll(Arrays.asList(args));
    int status = javac.run(null, null, new PrintStream(new OutputStream() {
      @Override
      public void write(int b) {
        diagnostics.write(b);
      }
    }, true, StandardCharsets.UTF_8), options.toArray(new String[0]));
    assertThat(diagnostics.toString()).as("javac output").isEmpty();
    assertThat(status).as("javac status").isZero();
  }

  private static String run(String... args) throws Exception {
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
}
