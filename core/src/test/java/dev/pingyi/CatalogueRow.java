package dev.pingyi;

import java.util.List;
import java.util.function.Supplier;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jspecify.annotations.Nullable;

/**
 * One bad input of the {@link BadInputCatalogueTest}: the call that makes it, the exception type
 * the API documents for it, the fragments its message must hold (the field, the value, the rule)
 * and, for a call on an existing object, what of that object can be observed, before and after.
 *
 * @param category the part of the API, as the README counts it
 * @param description what is wrong with the input, in words; unique in the catalogue
 * @param call the call with the bad input
 * @param type the documented exception type
 * @param fragments what the message names: the field or parameter, the value and the rule
 * @param state what can be observed of the object the call is made on, or null for a factory
 * @param expectedState what the state must be after the call, or null for "as it was before"
 */
public record CatalogueRow(
    String category,
    String description,
    ThrowingCallable call,
    Class<? extends Throwable> type,
    List<String> fragments,
    @Nullable Supplier<?> state,
    @Nullable Supplier<?> expectedState) {

  public static CatalogueRow of(
      String category, String description, ThrowingCallable call, Class<? extends Throwable> type,
      String... fragments) {
    return new CatalogueRow(category, description, call, type, List.of(fragments), null, null);
  }

  /** The same row, checking that the object's observable state is the same after the call. */
  CatalogueRow unchanged(Supplier<?> observed) {
    return new CatalogueRow(category, description, call, type, fragments, observed, null);
  }

  /** The same row, checking that the object's observable state is the expected one after the call. */
  CatalogueRow leaves(Supplier<?> observed, Supplier<?> expected) {
    return new CatalogueRow(category, description, call, type, fragments, observed, expected);
  }

  @Override
  public String toString() {
    return category + ": " + description;
  }
}
