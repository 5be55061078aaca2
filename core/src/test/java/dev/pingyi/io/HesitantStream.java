package dev.pingyi.io;

import java.io.InputStream;

/**
 * A stream that hands over nothing on every other read, and at most {@code chunk} bytes on the
 * others: what a pipe or a slow network gives, for readers that must not take a short read, or
 * an empty one, for the end.
 */
final class HesitantStream extends InputStream {
  private final byte[] bytes;
  private final int chunk;
  private int next;
  private boolean wait = true;

  HesitantStream(byte[] bytes, int chunk) {
    this.bytes = bytes;
    this.chunk = chunk;
  }

  @Override
  public int read() {
    return next < bytes.length ? bytes[next++] & 0xFF : -1;
  }

  @Override
  public int read(byte[] buffer, int off, int len) {
    if (len == 0) {
      return 0;
    }
    wait = !wait;
    if (!wait) {
      return 0;
    }
    if (next == bytes.length) {
      return -1;
    }
    int n = Math.min(Math.min(len, chunk), bytes.length - next);
    System.arraycopy(bytes, next, buffer, off, n);
    next += n;
    return n;
  }
}
