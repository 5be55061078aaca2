package dev.pingyi.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report.html} as a browser shows it: headless Chromium renders the page and dumps its DOM,
 * and takes a screenshot kept at {@code target/report-screenshot.png} for a person to look at.
 * Needs Debian's {@code chromium} and a CJK font ({@code fonts-wqy-zenhei}), which {@code .ci/run}
 * installs; where Chromium is absent the browser tests are skipped, saying so.
 */
class ReportPageTest {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path SCREENSHOT = Path.of("target", "report-screenshot.png");
  static final long TIMEOUT_SECONDS = 120;

  @TempDir static Path dir;
  static Results results;
  static Path page;
  static String html;

  @BeforeAll
  static void writeThePage() throws IOException {
    results = LiaochengReport.run(dir, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    page = dir.resolve(ResultFiles.HTML);
    html = Files.readString(page, StandardCharsets.UTF_8);
  }

  @Test
  void thePageIsChineseAndSelfContained() {
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"zh-CN\">").contains("<meta charset=\"utf-8\">")
        .contains("\"WenQuanYi Zen Hei\"").contains("\"Noto Sans CJK SC\"");
    // nothing to fetch: no script, no stylesheet or image link, no URL but the SVG namespace
    assertThat(html).doesNotContain("<script", "<link", "src=", "url(", "@import", "href=");
    assertThat(html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "")).doesNotContain("http:", "https:");
  }

  @Test
  void theTemplateLibraryEscapesWhatItPrints() {
    ReportPage page = ReportPage.of(results);
    ReportPage hostile = new ReportPage("<script>alert(1)</script> & 聊城", page.source(), page.illustrative(),
        page.published(), page.scheme(), page.scored(), page.comparison(), page.breakdowns(), page.interval(),
        page.tied(), page.tiedComparison(), page.chart(), page.investment(), page.projects(), page.figures(),
        page.reported(), page.clusters());

    assertThat(hostile.render()).contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; 聊城").doesNotContain("<script>");
  }

  @Test
  void chromiumRendersTheRankingTablesAndTheChartsBarsWithTheirCountyLabels(@TempDir Path profile)
      throws IOException, InterruptedException {
    assumeThat(Files.isExecutable(CHROMIUM))
        .as("Chromium is not installed at %s: install Debian's chromium and fonts-wqy-zenhei (.ci/run does) "
            + "to render report.html", CHROMIUM)
        .isTrue();

    String dom = chromium(profile.resolve("dom"), "--dump-dom", page.toUri().toString());

    assertThat(count(dom, "<table class=\"ranking published\"")).isEqualTo(5);
    assertThat(count(dom, "<table class=\"ranking illustrative\"")).isEqualTo(1);
    assertThat(count(dom, "<table class=\"ranking illustrative tie\"")).isEqualTo(1);
    assertThat(dom).contains("<td>第一名</td><td>茌平区政府</td>", "<td>第十一名</td><td>阳谷县政府</td>",
        "<td>并列第二名</td><td>冠县政府</td>", "<td>并列第二名</td><td>开发区管委会</td>",
        "示例数据：报道未公布分数");
    assertThat(matches(dom, "<text class=\"county\"[^>]*>([^<]+)</text>"))
        .containsExactly("冠县", "临清市", "度假区");
    assertThat(matches(dom, "<rect class=\"bar total\" data-county=\"([^\"]+)\""))
        .containsExactly("冠县", "临清市", "度假区");
    assertThat(matches(dom, "<rect class=\"bar planned\" data-county=\"([^\"]+)\""))
        .containsExactly("冠县", "临清市", "度假区");
    // the longest bar is the largest amount, 冠县's 13.8亿元 of total investment: the whole bar area
    assertThat(matches(dom, "<rect class=\"bar total\" data-county=\"冠县\" x=\"\\d+\" y=\"\\d+\" width=\"([^\"]+)\""))
        .containsExactly(BarChart.BAR_AREA + ".0");
    assertThat(matches(dom, "<text class=\"value\"[^>]*>([^<]+)</text>"))
        .containsExactly("13.8亿元", "未报", "8亿元", "3.7亿元", "未报", "未报");

    Files.createDirectories(SCREENSHOT.getParent());
    Files.deleteIfExists(SCREENSHOT);
    chromium(profile.resolve("shot"), "--screenshot=" + SCREENSHOT.toAbsolutePath(), "--window-size=1280,2000",
        page.toUri().toString());
    assertThat(SCREENSHOT).isNotEmptyFile();
  }

  /** Runs headless Chromium with a fresh profile and returns what it prints to standard output. */
  private static String chromium(Path profile, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile));
    command.addAll(List.of(args));
    Path stdout = Files.createTempFile("chromium", ".out");
    Process process = new ProcessBuilder(command)
        .redirectOutput(stdout.toFile())
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    try {
      assertThat(process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS))
          .as("chromium %s finished within %s s", args[0], TIMEOUT_SECONDS)
          .isTrue();
      assertThat(process.exitValue()).as("chromium's exit code").isZero();
      return Files.readString(stdout, StandardCharsets.UTF_8);
    } finally {
      process.destroyForcibly();
      Files.deleteIfExists(stdout);
    }
  }

  private static int count(String text, String part) {
    return text.split(Pattern.quote(part), -1).length - 1;
  }

  private static List<String> matches(String text, String regex) {
    List<String> found = new ArrayList<>();
    Matcher m = Pattern.compile(regex).matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }
}
