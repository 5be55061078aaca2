package dev.pingyi.io;

import tools.jackson.core.TokenStreamLocation;

/**
 * A rule broken by a value read earlier than the object that finds it, such as a stated rank that
 * differs from the rank computed once the whole ranking is read: it carries the path and location
 * of that value, so that the error names it and not the object around it.
 */
final class JsonMismatch extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final TokenStreamLocation location;

  private final String path;

  JsonMismatch(String path, TokenStreamLocation location, String message) {
    super(message);
    this.path = path;
    this.location = location;
  }

  String path() {
    return path;
  }

  TokenStreamLocation location() {
    return location;
  }
}
