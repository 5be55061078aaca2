package dev.pingyi.internal;

import static java.util.Objects.requireNonNull;

import java.util.function.ToIntFunction;
import org.jspecify.annotations.Nullable;

/**
 * Lets the model hand the ranking engine what a score sheet keeps of its unit for matching: the
 * unit's {@link System#identityHashCode}, read from the sheet itself so that matching a sheet to
 * its member loads no unit (a cache miss apiece when sheets and units are spread over the heap).
 * The sheet type registers, once, how a sheet gives it (the model may not be named here).
 */
public final class SheetUnits {

  private static volatile @Nullable ToIntFunction<Object> unitHashes;

  private SheetUnits() {}

  /**
   * Registers how a sheet gives its unit's identity hash code.
   *
   * @throws IllegalStateException if a source is registered already
   */
  public static void registerUnitHashes(ToIntFunction<Object> source) {
    requireNonNull(source, "source");
    synchronized (SheetUnits.class) {
      if (unitHashes != null) {
        throw new IllegalStateException("SheetUnits: unit hashes are registered already");
      }
      unitHashes = source;
    }
  }

  /**
   * How a sheet gives its unit's identity hash code, or null if no sheet type registered yet: the
   * sheet type registers as it is initialized, so once any sheet exists.
   */
  public static @Nullable ToIntFunction<Object> unitHashes() {
    return unitHashes;
  }
}
