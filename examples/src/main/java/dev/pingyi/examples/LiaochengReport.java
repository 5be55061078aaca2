package dev.pingyi.examples;

import dev.pingyi.model.County;
import dev.pingyi.model.DivisionCode;
import dev.pingyi.model.EvaluatedUnit;
import dev.pingyi.model.EvaluationGroup;
import dev.pingyi.model.Project;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Prints the county-level units, the evaluation groups and the key projects of the 2022 H1
 * Liaocheng report, built from {@link Liaocheng2022H1} through Pingyi's public API.
 *
 * <p>Run with {@code mvn -q -pl examples -am compile exec:java}.
 */
public final class LiaochengReport {

  private static final String[] DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

  private LiaochengReport() {}

  /** Prints the report to standard output in UTF-8. */
  public static void main(String[] args) {
    print(new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  /** Prints the report to the given stream. */
  static void print(PrintStream out) {
    out.println(Liaocheng2022H1.LIAOCHENG.name() + " " + Liaocheng2022H1.PERIOD.toChinese()
        + "政府系统综合评议");
    out.println();
    out.println("县级单位（" + Liaocheng2022H1.COUNTIES.size() + "个）");
    for (County county : Liaocheng2022H1.COUNTIES) {
      out.printf("  %s  %s  %s%n",
          county.divisionCode().map(DivisionCode::code).orElse("------"),
          county.kind().chineseName(),
          county.name().equals(county.shortName())
              ? county.name() : county.name() + "（" + county.shortName() + "）");
    }
    for (EvaluationGroup group : Liaocheng2022H1.RANKED_GROUPS) {
      out.println();
      out.println(group.parent().map(p -> p.name() + " · ").orElse("") + group.name()
          + "（" + group.members().size() + "个单位）");
      for (int i = 0; i < group.members().size(); i++) {
        EvaluatedUnit unit = group.members().get(i);
        out.printf("  第%s名：%s%n", chineseNumber(i + 1), unit.name());
      }
    }
    out.println();
    out.println("重点项目");
    for (Project project : Liaocheng2022H1.PROJECTS) {
      out.printf("  %s  %s  %s%s%n",
          project.county().shortName(),
          project.status().chineseName(),
          project.name(),
          project.totalInvestment().map(t -> "  总投资" + t.toReportString()).orElse(""));
    }
  }

  /** A number from 1 to 99 in Chinese numerals, as ranks are published: 十一 for 11. */
  static String chineseNumber(int n) {
    if (n < 10) {
      return DIGITS[n];
    }
    return (n >= 20 ? DIGITS[n / 10] : "") + "十" + (n % 10 == 0 ? "" : DIGITS[n % 10]);
  }
}
