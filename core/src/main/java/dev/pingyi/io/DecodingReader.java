package dev.pingyi.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import org.jspecify.annotations.Nullable;

/**
 * Decodes bytes strictly, as {@link java.io.InputStreamReader} with a reporting decoder would, but
 * hands over the text decoded before a bad byte first and fails on the read after, so that a
 * reader of rows learns the row the bad byte is in; the failure names the byte's offset.
 */
final class DecodingReader extends Reader {

  /** Bytes that are not text of the character set, at an offset from the start of the input. */
  static final class UndecodableException extends CharacterCodingException {
    private static final long serialVersionUID = 1L;

    private final String message;

    UndecodableException(Charset charset, long offset) {
      this.message = "byte " + offset + " starts a sequence that is not " + charset.name() + " text";
    }

    @Override
    public String getMessage() {
      return message;
    }
  }

  private final InputStream in;
  private final Charset charset;
  private final CharsetDecoder decoder;
  private final ByteBuffer bytes = ByteBuffer.allocate(1 << 14);
  private long offset;
  private boolean end;
  private boolean flushed;
  private @Nullable UndecodableException failure;

  DecodingReader(InputStream in, Charset charset) {
    this.in = in;
    this.charset = charset;
    this.decoder = CsvCharsets.strict(charset);
    bytes.flip();
  }

  @Override
  public int read(char[] buffer, int off, int len) throws IOException {
    if (failure != null) {
      throw failure;
    }
    if (len == 0) {
      return 0;
    }
    CharBuffer out = CharBuffer.wrap(buffer, off, len);
    while (out.position() == off) {
      if (flushed) {
        return -1;
      }
      int before = bytes.position();
      CoderResult result = decoder.decode(bytes, out, end);
      offset += bytes.position() - before;
      if (result.isError()) {
        UndecodableException bad = new UndecodableException(charset, offset);
        failure = bad;
        if (out.position() > off) {
          break;
        }
        throw bad;
      }
      if (result.isOverflow()) {
        break;
      }
      if (end) {
        decoder.flush(out);
        flushed = true;
      } else if (out.position() == off) {
        fill();
      }
    }
    return out.position() - off;
  }

  /**
   * Whether every byte of the input is text of the character set: decodes what is left of it,
   * dropping the text, and answers false if this or an earlier read met a byte that is not.
   *
   * @throws IOException if reading the input fails
   */
  boolean decodesToEnd() throws IOException {
    char[] scratch = new char[1 << 12];
    try {
      while (read(scratch, 0, scratch.length) != -1) {
        // the text is not needed, only whether it decodes
      }
      return true;
    } catch (UndecodableException e) {
      return false;
    }
  }

  private void fill() throws IOException {
    bytes.compact();
    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (n < 0) {
      end = true;
    } else {
      bytes.position(bytes.position() + n);
    }
    bytes.flip();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
