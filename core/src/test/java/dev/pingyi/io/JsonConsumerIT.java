package dev.pingyi.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A program with the packaged jar, Guava and Jackson 3 writes and reads Pingyi JSON on the class
 * path, where {@code findAndAddModules()} finds the module, and on the module path, where it is
 * added by hand: pingyi-core cannot {@code provides} a service of Jackson, which it requires only
 * statically, without failing every modular program that runs without Jackson.
 */
class JsonConsumerIT {

  private static final String MAIN = """
      package consumer;

      import dev.pingyi.io.PingyiJacksonModule;
      import dev.pingyi.io.PingyiJson;
      import dev.pingyi.model.EvaluatedUnit;
      import dev.pingyi.model.EvaluationGroup;
      import dev.pingyi.model.ReportPeriod;
      import dev.pingyi.model.Yuan;
      import dev.pingyi.ranking.Ranking;
      import dev.pingyi.ranking.Rankings;
      import tools.jackson.databind.JacksonModule;
      import tools.jackson.databind.json.JsonMapper;

      public final class Main {
        public static void main(String[] args) {
          EvaluationGroup group = EvaluationGroup.builder()
              .id("g").name("经济部门").category("市政府部门").period(ReportPeriod.parse("2022H1"))
              .addMembers(EvaluatedUnit.department("市财政局"), EvaluatedUnit.department("市商务局"))
              .build();
          Ranking ranking = Rankings.fromPublishedOrder(group);
          JsonMapper json = PingyiJson.mapper();
          String text = json.writeValueAsString(ranking);
          System.out.println(json.readValue(text, Ranking.class).equals(ranking));
          JsonMapper added = JsonMapper.builder().addModule(new PingyiJacksonModule()).build();
          System.out.println(added.writeValueAsString(Yuan.parse("13.8亿元")));
          boolean found = JsonMapper.builder().findAndAddModules().build().registeredModules().stream()
              .map(JacksonModule::getModuleName).anyMatch("pingyi"::equals);
          System.out.println("found " + found);
        }
      }
      """;

  @TempDir Path work;

  @Test
  void onTheClassPathFindAndAddModulesFindsTheModule() throws Exception {
    Path source = write("src/consumer/Main.java", MAIN);
    Path classes = Files.createDirectories(work.resolve("classes"));
    String classPath = join(jars());

    javac("-cp", classPath, "-d", classes.toString(), source.toString());

    assertThat(java("-cp", classes + File.pathSeparator + classPath, "consumer.Main"))
        .isEqualTo("true\n\"1380000000.00\"\nfound true\n");
  }

  @Test
  void onTheModulePathTheModuleIsAddedByHand() throws Exception {
    Path info = write("msrc/module-info.java",
        "module consumer { requires dev.pingyi.core; requires tools.jackson.databind; }");
    Path source = write("msrc/consumer/Main.java", MAIN);
    Path classes = Files.createDirectories(work.resolve("mclasses"));
    String modulePath = join(jars());

    javac("-cp", work.toString(), "--module-path", modulePath, "-d", classes.toString(), info.toString(),
        source.toString());

    assertThat(java("--module-path", classes + File.pathSeparator + modulePath, "-m", "consumer/consumer.Main"))
        .isEqualTo("true\n\"1380000000.00\"\nfound false\n");
  }

  /** The packaged jar, Guava with the jars it brings, and Jackson 3 with its core and annotations. */
  private static List<Path> jars() {
    List<Path> jars = new ArrayList<>();
    jars.add(Paths.get(System.getProperty("pingyi.jar", "missing")));
    assertThat(jars.get(0)).as("the packaged jar, passed by failsafe as pingyi.jar").isRegularFile();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator, -1)) {
      String name = Paths.get(entry).getFileName().toString();
      if ((name.startsWith("guava-") && !name.startsWith("guava-testlib"))
          || name.startsWith("failureaccess-")
          || name.startsWith("error_prone_annotations-")
          || name.startsWith("j2objc-annotations-")
          || name.startsWith("jspecify-")
          || name.startsWith("jackson-databind-")
          || name.startsWith("jackson-core-")
          || name.startsWith("jackson-annotations-")) {
        jars.add(Paths.get(entry));
      }
    }
    assertThat(jars).as("the jars a user of the JSON module has").hasSizeGreaterThanOrEqualTo(8);
    return jars;
  }

  private Path write(String relative, String text) throws IOException {
    Path file = work.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static void javac(String... args) {
    List<String> options = new ArrayList<>(List.of("-encoding", "UTF-8", "-Xlint:all", "-Werror", "--release", "17"));
    options.addAll(Arrays.asList(args));
    StringBuilder diagnostics = new StringBuilder();
    PrintStream out = new PrintStream(new OutputStream() {
      @Override
      public void write(int b) {
        diagnostics.append((char) b);
      }
    }, true, StandardCharsets.UTF_8);
    int status = ToolProvider.getSystemJavaCompiler().run(null, out, out, options.toArray(new String[0]));
    assertThat(diagnostics.toString()).as("javac output").isEmpty();
    assertThat(status).as("javac status").isZero();
  }

  private static String java(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
        "-Dstdout.encoding=UTF-8", "-Dfile.encoding=UTF-8"));
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
