package dev.pingyi.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Chinese words in and out of every enum with a Chinese name: each name and synonym reads back as
 * its constant, no word names two constants, and an unknown word is rejected with every accepted
 * word listed.
 */
class EnumWordsTest {

  /** One enum: how it reads a word and which words each constant has. */
  record Words<E extends Enum<E>>(
      Class<E> type, Function<CharSequence, E> parse, Function<E, ImmutableSet<String>> words,
      Function<E, String> name) {

    List<E> constants() {
      return List.of(type.getEnumConstants());
    }

    List<String> allWords() {
      List<String> all = new ArrayList<>();
      constants().forEach(c -> all.addAll(words.apply(c)));
      return all;
    }

    @Override
    public String toString() {
      return type.getSimpleName();
    }
  }

  static Stream<Words<?>> enums() {
    return Stream.of(
        new Words<>(ProjectStatus.class, ProjectStatus::fromChinese, ProjectStatus::chineseWords,
            ProjectStatus::chineseName),
        new Words<>(ProjectCategory.class, ProjectCategory::fromChinese,
            ProjectCategory::chineseWords, ProjectCategory::chineseName),
        new Words<>(ProjectLevel.class, ProjectLevel::fromChinese, ProjectLevel::chineseWords,
            ProjectLevel::chineseName),
        new Words<>(ClusterLevel.class, ClusterLevel::fromChinese, ClusterLevel::chineseWords,
            ClusterLevel::chineseName),
        new Words<>(CountyKind.class, CountyKind::fromChinese, CountyKind::chineseWords,
            CountyKind::chineseName),
        new Words<>(UnitKind.class, UnitKind::fromChinese, UnitKind::chineseWords,
            UnitKind::chineseName),
        new Words<>(EnterpriseDesignation.class, EnterpriseDesignation::fromChinese,
            EnterpriseDesignation::chineseWords, EnterpriseDesignation::chineseName),
        new Words<>(EvaluationAspect.class, EvaluationAspect::fromChinese,
            EvaluationAspect::chineseWords, EvaluationAspect::chineseName));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("enums")
  <E extends Enum<E>> void everyChineseNameReadsBackAsItsConstant(Words<E> words) {
    for (E constant : words.constants()) {
      assertThat(words.parse().apply(words.name().apply(constant))).isSameAs(constant);
      assertThat(words.words().apply(constant)).first().isEqualTo(words.name().apply(constant));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("enums")
  <E extends Enum<E>> void everySynonymReadsAsItsConstant(Words<E> words) {
    for (E constant : words.constants()) {
      for (String word : words.words().apply(constant)) {
        assertThat(words.parse().apply(word)).as(word).isSameAs(constant);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("enums")
  <E extends Enum<E>> void noWordNamesTwoConstants(Words<E> words) {
    List<String> all = words.allWords();
    assertThat(all).doesNotHaveDuplicates();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("enums")
  <E extends Enum<E>> void anUnknownWordIsRejectedWithEveryAcceptedWord(Words<E> words) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> words.parse().apply("施工完"))
        .withMessageStartingWith(words.type().getSimpleName() + " word='施工完' is not one of: ")
        .satisfies(e -> assertThat(e.getMessage()).contains(words.allWords()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("enums")
  <E extends Enum<E>> void constantNamesAreNotChineseWords(Words<E> words) {
    for (E constant : words.constants()) {
      assertThatIllegalArgumentException().isThrownBy(() -> words.parse().apply(constant.name()));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("enums")
  <E extends Enum<E>> void surroundingWhitespaceOfAnyKindIsStripped(Words<E> words) {
    for (E constant : words.constants()) {
      String name = words.name().apply(constant);
      for (String padded : new String[] {
          " " + name + " ", "\u3000" + name + "\u3000", "\u00A0" + name + "\t\n", "\u202F" + name}) {
        assertThat(words.parse().apply(padded)).as(padded).isSameAs(constant);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("enums")
  <E extends Enum<E>> void nullIsRejectedNamingTheParameter(Words<E> words) {
    assertThatNullPointerException()
        .isThrownBy(() -> words.parse().apply(null))
        .withMessage("word");
  }

  @Test
  void whitespaceInsideAWordIsNotStripped() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ProjectStatus.fromChinese("在 建"))
        .withMessageContaining("word='在 建'");
  }

  @Test
  void matchingIsExactNotFuzzy() {
    for (String near : new String[] {"在建中", "已竣工了", "竣", "投产了"}) {
      assertThatIllegalArgumentException().isThrownBy(() -> ProjectStatus.fromChinese(near));
    }
    assertThatIllegalArgumentException().isThrownBy(() -> ProjectLevel.fromChinese("省级重点"));
    assertThatIllegalArgumentException().isThrownBy(() -> ProjectCategory.fromChinese("产业项"));
  }

  @Test
  void newlyStartedAndContinuingProjectsAreBothUnderConstruction() {
    assertThat(ProjectStatus.fromChinese("新开工")).isEqualTo(ProjectStatus.UNDER_CONSTRUCTION);
    assertThat(ProjectStatus.fromChinese("续建")).isEqualTo(ProjectStatus.UNDER_CONSTRUCTION);
    assertThat(ProjectStatus.fromChinese("已开工")).isEqualTo(ProjectStatus.UNDER_CONSTRUCTION);
    assertThat(ProjectStatus.fromChinese("未开工")).isEqualTo(ProjectStatus.PLANNED);
    assertThat(ProjectStatus.fromChinese("建成投产")).isEqualTo(ProjectStatus.IN_PRODUCTION);
  }

  @Test
  void theUnknownStatusMessageListsTheWordsInDeclarationOrder() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ProjectStatus.fromChinese("施工完"))
        .withMessage("ProjectStatus word='施工完' is not one of: 未开工, 计划, 计划开工, 拟开工, 待开工, 前期,"
            + " 在建, 已开工, 开工, 新开工, 续建, 施工中, 竣工, 已竣工, 完工, 已完工, 建成,"
            + " 投产, 已投产, 建成投产, 竣工投产, 投用, 投入使用, 运营");
  }

  @Test
  void levelsReadTheirListNames() {
    assertThat(ProjectLevel.fromChinese("省级重点项目")).isEqualTo(ProjectLevel.PROVINCIAL);
    assertThat(ProjectLevel.fromChinese("市重点")).isEqualTo(ProjectLevel.MUNICIPAL);
    assertThat(ProjectLevel.fromChinese("县级")).isEqualTo(ProjectLevel.COUNTY);
  }

  @Test
  void everyCategoryNameEndsInXiangmuAndItsShortFormIsASynonym() {
    for (ProjectCategory category : ProjectCategory.values()) {
      String name = category.chineseName();
      assertThat(name).endsWith("项目");
      String shortForm = name.substring(0, name.length() - 2);
      assertThat(ProjectCategory.fromChinese(shortForm)).isSameAs(category);
    }
  }

  @Test
  void quotedNamesAreReadWithEitherQuotesOrNone() {
    assertThat(EnterpriseDesignation.fromChinese("专精特新\"小巨人\""))
        .isEqualTo(EnterpriseDesignation.LITTLE_GIANT);
    assertThat(EvaluationAspect.fromChinese("三定方案确定的职责"))
        .isEqualTo(EvaluationAspect.MANDATED_DUTIES);
  }

  enum Clash { FIRST, SECOND }

  @Test
  void aWordGivenToTwoConstantsIsRejectedWhenTheLookupIsBuilt() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ChineseWords.of(Clash.class, c -> ChineseWords.wordsOf("甲")))
        .withMessage("Clash word '甲' names both FIRST and SECOND");
  }

  @Test
  void aConstantsWordsMustBeDistinctAndStripped() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ChineseWords.wordsOf("在建", "在建"))
        .withMessageContaining("repeat");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ChineseWords.wordsOf("在建", " 开工"))
        .withMessageContaining("' 开工'");
  }
}
