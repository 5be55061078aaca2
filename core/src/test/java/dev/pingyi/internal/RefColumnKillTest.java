package dev.pingyi.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * {@link RefColumn}: every size, including those one short of, at and one past a chunk of 2¹⁵,
 * holds a reference at each of its indices; a column of nulls takes nulls only; equal contents
 * are told from unequal ones.
 */
class RefColumnKillTest {

  private static final int CHUNK = 1 << 15;

  @Test
  void aColumnOfAnySizeHoldsAReferenceAtEachIndex() {
    for (int size : new int[] {0, 1, 2, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK - 1, 2 * CHUNK, 2 * CHUNK + 5}) {
      RefColumn<Integer> column = RefColumn.of(size);
      assertThat(column.size()).as("size %s", size).isEqualTo(size);
      for (int i = 0; i < size; i++) {
        column.set(i, i);
      }
      for (int i = 0; i < size; i++) {
        if (!Integer.valueOf(i).equals(column.get(i))) {
          throw new AssertionError("size " + size + ": index " + i + " holds " + column.get(i));
        }
      }
      assertThatThrownBy(() -> column.get(size)).isInstanceOf(IndexOutOfBoundsException.class);
      assertThatThrownBy(() -> column.set(size, 0)).isInstanceOf(IndexOutOfBoundsException.class);
      assertThatThrownBy(() -> column.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    }
  }

  @Test
  void aColumnOfNullsHasItsSizeAndTakesNullsOnly() {
    RefColumn<String> nulls = RefColumn.nulls(3);
    assertThat(nulls.size()).isEqualTo(3);
    assertThat(RefColumn.nulls(0).size()).isZero();

    nulls.set(1, null);
    assertThat(nulls.get(1)).isNull();
    assertThatThrownBy(() -> nulls.set(1, "x")).isInstanceOf(UnsupportedOperationException.class);
    assertThat(nulls.get(1)).isNull();
  }

  @Test
  void copyingIntoAColumnOfNullsTakesNullsOnly() {
    RefColumn<String> nulls = RefColumn.nulls(3);
    RefColumn<String> some = RefColumn.of(3);
    some.set(0, "a");

    nulls.copy(2, some, 1);
    nulls.copy(2, RefColumn.<String>nulls(2), 1);
    assertThat(nulls.get(2)).isNull();
    assertThatThrownBy(() -> nulls.copy(2, some, 0)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void copyingTakesTheReferenceAtTheOtherIndexAcrossChunks() {
    RefColumn<Object> from = RefColumn.of(CHUNK + 3);
    Object a = new Object();
    Object b = new Object();
    from.set(1, a);
    from.set(CHUNK + 2, b);
    RefColumn<Object> to = RefColumn.of(CHUNK + 3);

    to.copy(CHUNK + 1, from, 1);
    to.copy(0, from, CHUNK + 2);
    to.copy(2, RefColumn.nulls(5), 4);

    assertThat(to.get(CHUNK + 1)).isSameAs(a);
    assertThat(to.get(0)).isSameAs(b);
    assertThat(to.get(2)).isNull();
    assertThat(to.get(1)).isNull();
    assertThatThrownBy(() -> to.copy(0, from, CHUNK + 3)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void contentsAreEqualOnlyAtEqualSizesWithEqualReferencesAtEveryIndex() {
    RefColumn<String> ab = column("a", "b");
    RefColumn<String> abAgain = column("a", new StringBuilder("b").toString());
    RefColumn<String> aB = column("a", "B");
    RefColumn<String> abc = column("a", "b", "c");

    assertThat(ab.contentEquals(abAgain)).isTrue();
    assertThat(ab.contentEquals(ab)).isTrue();
    assertThat(ab.contentEquals(aB)).isFalse();
    assertThat(aB.contentEquals(ab)).isFalse();
    assertThat(ab.contentEquals(abc)).isFalse();
    assertThat(abc.contentEquals(ab)).isFalse();
    // one longer but null where the other ends: still unequal
    RefColumn<String> abNull = RefColumn.of(3);
    abNull.set(0, "a");
    abNull.set(1, "b");
    assertThat(ab.contentEquals(abNull)).isFalse();
    assertThat(RefColumn.nulls(2).contentEquals(RefColumn.of(3))).isFalse();
    assertThat(RefColumn.nulls(3).contentEquals(RefColumn.of(3))).isTrue();
    assertThat(RefColumn.nulls(3).contentEquals(abc)).isFalse();
  }

  private static RefColumn<String> column(String... values) {
    RefColumn<String> column = RefColumn.of(values.length);
    for (int i = 0; i < values.length; i++) {
      column.set(i, values[i]);
    }
    return column;
  }
}
