package dev.pingyi.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The map a reader looks cells up in by their characters: it finds exactly what a {@link HashMap}
 * of the same keys finds, whether the text is a string, another character sequence or a run of a
 * parser's buffer, and whatever keys share a hash code.
 */
class CharKeysKillTest {

  /** Pieces of keys: "Aa" and "BB" share a hash code, and "\0" adds nothing to one. */
  private static final String[] PIECES = {"Aa", "BB", "a", "\0", "冠", "县"};

  @Test
  void everyKeyIsFoundByItsCharactersAndNoOtherTextIs() {
    List<String> universe = new ArrayList<>();
    addWords(universe, "", 3);
    Random random = new Random(20261127L);
    for (int round = 0; round < 60; round++) {
      List<String> shuffled = new ArrayList<>(universe);
      Collections.shuffle(shuffled, random);
      Map<String, Integer> entries = new LinkedHashMap<>();
      int count = random.nextInt(round < 30 ? 8 : 80);
      for (int k = 0; k < count; k++) {
        entries.put(shuffled.get(k), k);
      }
      CharKeys<Integer> keys = new CharKeys<>(entries);
      Map<String, Integer> oracle = new HashMap<>(entries);
      for (String text : universe) {
        Integer expected = oracle.get(text);
        assertThat(keys.get(text)).as("string %s of %s", text, entries.keySet()).isEqualTo(expected);
        assertThat(keys.get(new StringBuilder(text))).as("builder %s", text).isEqualTo(expected);
        String before = shuffled.get(random.nextInt(shuffled.size()));
        String after = shuffled.get(random.nextInt(shuffled.size()));
        assertThat(keys.get(Run.of(before, text, after)))
            .as("run %s between %s and %s", text, before, after).isEqualTo(expected);
        assertThat(keys.get(Run.of(before, text, after).charArray(), before.length(), text.length()))
            .as("array %s between %s and %s", text, before, after).isEqualTo(expected);
      }
    }
  }

  @Test
  void keysOfOneHashCodeAreToldApartByTheirCharacters() {
    Map<String, Integer> entries = new LinkedHashMap<>();
    String[] colliding = {"AaAa", "BBBB", "AaBB", "BBAa"};
    for (String key : colliding) {
      entries.put(key, entries.size());
    }
    CharKeys<Integer> keys = new CharKeys<>(entries);
    for (int k = 0; k < colliding.length; k++) {
      assertThat(colliding[k].hashCode()).isEqualTo(colliding[0].hashCode());
      assertThat(keys.get(colliding[k])).isEqualTo(k);
      assertThat(keys.get(new StringBuilder(colliding[k]))).isEqualTo(k);
      assertThat(keys.get(Run.of("县", colliding[k], "Aa"))).isEqualTo(k);
    }
    assertThat(keys.get("AaAB")).isNull();
    assertThat(keys.get(Run.of("Aa", "BBAB", ""))).isNull();
  }

  @Test
  void keysOfHashCodeZeroAreToldApartByTheirLengths() {
    Map<String, String> entries = new LinkedHashMap<>();
    entries.put("\0\0", "two");
    entries.put("", "none");
    entries.put("\0", "one");
    CharKeys<String> keys = new CharKeys<>(entries);

    assertThat(keys.get("")).isEqualTo("none");
    assertThat(keys.get("\0")).isEqualTo("one");
    assertThat(keys.get("\0\0")).isEqualTo("two");
    assertThat(keys.get("\0\0\0")).isNull();
    assertThat(keys.get(Run.of("a", "", "b"))).isEqualTo("none");
    assertThat(keys.get(Run.of("\0", "\0", "\0"))).isEqualTo("one");
    assertThat(keys.get(Run.of("", "\0\0", ""))).isEqualTo("two");
    assertThat(keys.get(Run.of("", "\0\0\0", ""))).isNull();
  }

  @Test
  void theFirstKeyPackedKeepsItsSlotWhenALaterKeyCollidesWithIt() {
    Map<String, Integer> entries = new LinkedHashMap<>();
    entries.put("Aa", 1);
    entries.put("BB", 2);
    CharKeys<Integer> keys = new CharKeys<>(entries);

    assertThat(keys.get("Aa")).isEqualTo(1);
    assertThat(keys.get("BB")).isEqualTo(2);
    assertThat(keys.get(Run.of("", "Aa", ""))).isEqualTo(1);
    assertThat(keys.get(Run.of("", "BB", ""))).isEqualTo(2);
    assertThat(keys.get(Run.of("x", "Aa", "y"))).isEqualTo(1);
    assertThat(keys.get(Run.of("x", "BB", "y"))).isEqualTo(2);
  }

  @Test
  void aRunIsReadFromItsStartForItsLengthAndNoFurther() {
    CharKeys<String> keys = new CharKeys<>(Map.of("冠县", "guanxian", "临清市", "linqing"));

    assertThat(keys.get(Run.of("", "冠县", ""))).isEqualTo("guanxian");
    assertThat(keys.get(Run.of("聊城市", "冠县", "，临清市"))).isEqualTo("guanxian");
    assertThat(keys.get(Run.of("冠县", "临清市", ""))).isEqualTo("linqing");
    assertThat(keys.get(Run.of("", "冠", "县"))).isNull();
    assertThat(keys.get(Run.of("", "临清", "市"))).isNull();
    assertThat(keys.get(Run.of("冠", "县", ""))).isNull();
  }

  @Test
  void aMapOfNoKeysFindsNothing() {
    CharKeys<String> keys = new CharKeys<>(Map.of());

    assertThat(keys.get("")).isNull();
    assertThat(keys.get("冠县")).isNull();
    assertThat(keys.get(Run.of("a", "", "b"))).isNull();
    assertThat(keys.get(Run.of("", "冠县", ""))).isNull();
  }

  private static void addWords(List<String> words, String prefix, int pieces) {
    words.add(prefix);
    if (pieces > 0) {
      for (String piece : PIECES) {
        addWords(words, prefix + piece, pieces - 1);
      }
    }
  }

  /** Characters that are a run of a larger array, as a CSV parser's buffer holds a field. */
  static final class Run implements CharRun {
    private final char[] array;
    private final int start;
    private final int length;

    Run(char[] array, int start, int length) {
      this.array = array;
      this.start = start;
      this.length = length;
    }

    /** The text in an array of its own, between the other two texts. */
    static Run of(String before, String text, String after) {
      return new Run((before + text + after).toCharArray(), before.length(), text.length());
    }

    @Override
    public char[] charArray() {
      return array;
    }

    @Override
    public int charStart() {
      return start;
    }

    @Override
    public int length() {
      return length;
    }

    @Override
    public char charAt(int index) {
      if (index < 0 || index >= length) {
        throw new IndexOutOfBoundsException(index);
      }
      return array[start + index];
    }

    @Override
    public CharSequence subSequence(int from, int to) {
      return new Run(array, start + from, to - from);
    }

    @Override
    public String toString() {
      return new String(array, start, length);
    }
  }
}
