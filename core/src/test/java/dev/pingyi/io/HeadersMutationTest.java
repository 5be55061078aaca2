package dev.pingyi.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules of header recognition that mutation testing showed untested. */
class HeadersMutationTest {

  @Test
  void aBlankHeaderIsRejectedByAddAndPut() {
    Headers<String> headers = new Headers<>();

    assertThatThrownBy(() -> headers.add(" \u3000", "name"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is blank");
    assertThatThrownBy(() -> headers.put("**", "name"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is blank");
  }

  @Test
  void aHeaderNamesOneRoleThoughItMayBeAddedAgainForIt() {
    Headers<String> headers = new Headers<String>().add("项目名称", "name");

    headers.add(" 项目 名称 ", "name");
    assertThatThrownBy(() -> headers.add("项目名称", "county"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("names both name and county");
    assertThat(headers.match("项目名称")).isEqualTo(new Headers.Match<>("name", null));

    headers.put("项目名称", "county");
    assertThat(headers.match("项目名称")).isEqualTo(new Headers.Match<>("county", null));
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(delimiter = '|', value = {
      "AZ          | az",
      "@[          | @[",
      "2022年      | 2022年",
      "**2022年    | 2022年",
      "2022年度    | 度",
      "2022年度名称 | 名称",
      "abcd年名称   | abcd年名称",
      "2090年名称   | 名称",
      "123456      | 123456",
      "2022年(万元) | (万元)",
  })
  void normalisingLowerCasesAsciiAndDropsOnlyAYearBeforeText(String header, String normalised) {
    assertThat(Headers.normalize(header)).isEqualTo(normalised);
  }
}
