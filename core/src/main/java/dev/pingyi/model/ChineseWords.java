package dev.pingyi.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.pingyi.internal.TextRules;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The Chinese words an enum of the model reads: each constant's name and synonyms, looked up
 * exactly once surrounding whitespace is stripped. Built once per enum, when the enum is
 * initialised, so that a word given to two constants fails the enum's initialisation rather than
 * a lookup.
 *
 * <p>This class is immutable and thread-safe.
 */
final class ChineseWords<E extends Enum<E>> {

  private final String typeName;
  private final ImmutableMap<String, E> constantsByWord;

  private ChineseWords(String typeName, ImmutableMap<String, E> constantsByWord) {
    this.typeName = typeName;
    this.constantsByWord = constantsByWord;
  }

  /**
   * The words of a constant: its Chinese name first, then its synonyms.
   *
   * @throws IllegalArgumentException if a word is blank, has surrounding whitespace or is given
   *     twice
   */
  static ImmutableSet<String> wordsOf(String chineseName, String... synonyms) {
    ImmutableSet<String> words =
        ImmutableSet.<String>builder().add(chineseName).add(synonyms).build();
    checkArgument(
        words.size() == synonyms.length + 1,
        "Chinese words %s of %s repeat a word",
        words,
        chineseName);
    for (String word : words) {
      checkArgument(
          !word.isEmpty() && TextRules.strip(word).equals(word),
          "Chinese word '%s' of %s is blank or has surrounding whitespace",
          word,
          chineseName);
    }
    return words;
  }

  /**
   * The lookup for the constants of {@code type}, each reading the words {@code wordsOf} gives.
   *
   * @throws IllegalArgumentException if one word names two constants
   */
  static <E extends Enum<E>> ChineseWords<E> of(
      Class<E> type, Function<? super E, ImmutableSet<String>> wordsOf) {
    Map<String, E> seen = new HashMap<>();
    ImmutableMap.Builder<String, E> byWord = ImmutableMap.builder();
    for (E constant : type.getEnumConstants()) {
      for (String word : wordsOf.apply(constant)) {
        E earlier = seen.put(word, constant);
        checkArgument(
            earlier == null,
            "%s word '%s' names both %s and %s",
            type.getSimpleName(),
            word,
            earlier,
            constant);
        byWord.put(word, constant);
      }
    }
    return new ChineseWords<>(type.getSimpleName(), byWord.buildOrThrow());
  }

  /**
   * The constant the word names, after stripping the whitespace around it.
   *
   * @throws IllegalArgumentException naming the enum, the word and every accepted word, if the
   *     word names no constant
   */
  E parse(CharSequence word) {
    requireNonNull(word, "word");
    @Nullable E constant = constantsByWord.get(TextRules.strip(word));
    if (constant == null) {
      throw new IllegalArgumentException(
          typeName + " word='" + TextRules.shown(word.toString()) + "' is not one of: "
              + String.join(", ", constantsByWord.keySet()));
    }
    return constant;
  }
}
