package dev.pingyi.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every Java snippet of the README compiles against today's API; the first prints what its comments say. */
class ReadmeSnippetTest {

  @TempDir Path work;

  @Test
  void readmeSnippetCompilesAndRunsAsDocumented() throws Exception {
    String readme = Files.readString(Paths.get("..", "README.md"), StandardCharsets.UTF_8);
    Matcher block = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
    Pattern publicClass = Pattern.compile("public class (\\w+)");
    List<String> sources = new ArrayList<>();
    while (block.find()) {
      Matcher name = publicClass.matcher(block.group(1));
      assertThat(name.find()).as("a public class in README snippet %s", sources.size() + 1).isTrue();
      sources.add(Files.writeString(work.resolve(name.group(1) + ".java"), block.group(1), StandardCharsets.UTF_8)
          .toString());
    }
    assertThat(sources).as("README's java snippets").hasSizeGreaterThanOrEqualTo(4);
    assertThat(sources.get(0)).as("the first snippet is the runnable one").endsWith("Usage.java");

    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    List<String> args = new ArrayList<>(List.of(
        "-encoding", "UTF-8", "-Xlint:all", "-Werror", "-cp", System.getProperty("java.class.path"),
        "-d", work.toString()));
    args.addAll(sources);
    int status = ToolProvider.getSystemJavaCompiler().run(null, null,
        new PrintStream(diagnostics, true, StandardCharsets.UTF_8), args.toArray(new String[0]));
    assertThat(diagnostics.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(status).isZero();

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream original = System.out;
    try (URLClassLoader loader = new URLClassLoader(new URL[] {work.toUri().toURL()},
        getClass().getClassLoader())) {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      loader.loadClass("Usage").getMethod("main", String[].class).invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(original);
    }
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(
        "冠县 13.8亿元\n"
            + "2022年上半年 时间进度 1/2\n"
            + "Project guanxian-lebao-pet-food: completedInvestment=14亿元 exceeds totalInvestment=13.8亿元\n");
  }
}
