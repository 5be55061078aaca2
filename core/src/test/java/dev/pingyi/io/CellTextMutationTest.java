package dev.pingyi.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The rules of cell text that mutation testing showed untested. */
class CellTextMutationTest {

  @Test
  void stripRemovesWhitespaceAtEitherEndAndKeepsEmptyTextEmpty() {
    assertThat(CellText.strip("")).isEmpty();
    assertThat(CellText.strip(" a")).isEqualTo("a");
    assertThat(CellText.strip("a\u3000")).isEqualTo("a");
    assertThat(CellText.strip((CharSequence) new StringBuilder(" a"))).hasToString("a");
    assertThat(CellText.strip((CharSequence) new StringBuilder("a "))).hasToString("a");
  }

  @Test
  void cleanCellsAreReturnedThemselves() {
    String plain = "项目 A-12";
    CharSequence chars = new StringBuilder("项目 A-12");

    assertThat(CellText.strip(plain)).isSameAs(plain);
    assertThat(CellText.strip(chars)).isSameAs(chars);
    assertThat(CellText.foldWidth(plain)).isSameAs(plain);
    assertThat(CellText.foldWidth(chars)).isSameAs(chars);
  }

  @Test
  void theWholeFullWidthRangeFoldsAndNothingBeyondIt() {
    assertThat(CellText.foldWidth("！")).isEqualTo("!");
    assertThat(CellText.foldWidth("～")).isEqualTo("~");
    assertThat(CellText.foldWidth("\u3000！～\uFF00\uFF5F")).isEqualTo(" !~\uFF00\uFF5F");
    assertThat(CellText.foldWidth((CharSequence) new StringBuilder("a！"))).hasToString("a!");
  }

  @Test
  void keptCutsTextLongerThanTheLimitWithoutSplittingASurrogatePair() {
    String limit = "a".repeat(CellText.MAX_KEPT);
    assertThat(CellText.kept(limit)).isSameAs(limit);
    assertThat(CellText.kept(limit + "b")).isEqualTo(limit + "…(201 chars)");
    assertThat(CellText.kept("a".repeat(CellText.MAX_KEPT - 1) + "\uD83D\uDE00b"))
        .isEqualTo("a".repeat(CellText.MAX_KEPT - 1) + "…(202 chars)");
  }
}
