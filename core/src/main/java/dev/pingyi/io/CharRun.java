package dev.pingyi.io;

/**
 * Characters that are a run of an array, such as a CSV field in its parser's buffer: a reader
 * that loops over them reads the array itself rather than calling {@link #charAt} for each.
 * {@link #charArray()} from {@link #charStart()} holds exactly the {@link #length()} characters
 * {@link #charAt} gives, and is valid as long as the sequence is; it is not to be written to.
 */
interface CharRun extends CharSequence {

  /** The array the characters are in. */
  char[] charArray();

  /** The index in {@link #charArray()} of the first character. */
  int charStart();
}
