package dev.pingyi.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Whether characters are a string's: as {@link String#contentEquals} says, for a run of an array too. */
class CellTextKillTest {

  @Test
  void aRunIsTheStringOnlyWhenEveryCharacterIsItsCharacter() {
    assertThat(CellText.sameText("冠县", CharKeysKillTest.Run.of("", "冠县", ""))).isTrue();
    assertThat(CellText.sameText("冠县", CharKeysKillTest.Run.of("聊城市", "冠县", "，"))).isTrue();
    assertThat(CellText.sameText("", CharKeysKillTest.Run.of("a", "", "b"))).isTrue();
    assertThat(CellText.sameText("冠县", CharKeysKillTest.Run.of("", "莘县", ""))).isFalse();
    assertThat(CellText.sameText("冠县", CharKeysKillTest.Run.of("", "冠城", ""))).isFalse();
    assertThat(CellText.sameText("冠县", CharKeysKillTest.Run.of("冠", "县", ""))).isFalse();
    assertThat(CellText.sameText("冠县", CharKeysKillTest.Run.of("", "冠", "县"))).isFalse();
  }

  @Test
  void otherCharactersAreTheStringOnlyWhenEveryCharacterIsItsCharacter() {
    assertThat(CellText.sameText("冠县", new StringBuilder("冠县"))).isTrue();
    assertThat(CellText.sameText("", new StringBuilder())).isTrue();
    assertThat(CellText.sameText("冠县", new StringBuilder("莘县"))).isFalse();
    assertThat(CellText.sameText("冠县", new StringBuilder("冠城"))).isFalse();
    assertThat(CellText.sameText("冠县", new StringBuilder("冠县城"))).isFalse();
  }
}
