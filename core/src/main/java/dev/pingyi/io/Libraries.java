package dev.pingyi.io;

/**
 * The optional libraries of {@code dev.pingyi.io}, and the message when one is missing: a caller
 * who reads CSV without FastCSV on the class path is told which dependency to add, rather than
 * shown a {@link NoClassDefFoundError} of a class they never named.
 */
final class Libraries {

  /** FastCSV, for CSV. */
  static final String FASTCSV = "de.siegmar:fastcsv (4.1.0)";

  /** fastexcel-reader, for reading .xlsx. */
  static final String FASTEXCEL_READER = "org.dhatim:fastexcel-reader (0.19.0)";

  /** fastexcel, for writing .xlsx. */
  static final String FASTEXCEL = "org.dhatim:fastexcel (0.19.0)";

  private Libraries() {}

  /**
   * The error to throw for a class missing at run time: an {@link IllegalStateException} naming
   * the dependency if the class is the library's, else the error itself.
   */
  static RuntimeException missing(NoClassDefFoundError error, String what, String dependency) {
    String name = String.valueOf(error.getMessage()).replace('/', '.');
    if (!name.contains("de.siegmar.fastcsv") && !name.contains("org.dhatim.fastexcel")) {
      throw error;
    }
    return new IllegalStateException(
        what + " needs the optional dependency " + dependency + ", which is not on the class path"
            + " (or module path): " + name, error);
  }
}
