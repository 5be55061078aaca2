package dev.pingyi.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

/** Edges of {@link TextRules} that mutation testing found no test for. */
class TextRulesMutationTest {

  @Test
  void aNameToNormaliseMayHaveExactlyTheLongestLength() {
    String longest = "冠".repeat(TextRules.MAX_NAME_LENGTH);
    assertThat(TextRules.normalizeName("County", "name", " " + longest + "\t")).isEqualTo(longest);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> TextRules.normalizeName("County", "name", " " + longest + "县 "))
        .withMessageContaining("has " + (TextRules.MAX_NAME_LENGTH + 1) + " characters");
  }
}
