package dev.pingyi.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * The character set of a CSV file, when the caller does not give one: a byte-order mark decides
 * (UTF-8, or UTF-16 as Excel's "Unicode text" writes it); else UTF-8 if every byte decodes as
 * strict UTF-8; else GB18030, the superset of GBK and GB2312 in which Chinese Excel saves CSV.
 * Needs no library.
 */
final class CsvCharsets {

  /** GB18030: decodes every GBK and GB2312 file as those charsets do. */
  static final Charset GB18030 = Charset.forName("GB18030");

  private static final int BUFFER = 1 << 16;

  private CsvCharsets() {}

  /** The character set of the bytes the stream holds, reading it to its end. */
  static Charset detect(InputStream in) throws IOException {
    byte[] head = in.readNBytes(3);
    Charset bom = byBom(head);
    if (bom != null) {
      return bom;
    }
    CharsetDecoder utf8 = strict(StandardCharsets.UTF_8);
    ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
    CharBuffer chars = CharBuffer.allocate(BUFFER);
    bytes.put(head);
    boolean end = false;
    while (!end) {
      int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
      if (n < 0) {
        end = true;
      } else {
        bytes.position(bytes.position() + n);
      }
      bytes.flip();
      CoderResult result = utf8.decode(bytes, chars, end);
      if (result.isError()) {
        return GB18030;
      }
      chars.clear();
      bytes.compact();
    }
    return utf8.flush(chars).isError() ? GB18030 : StandardCharsets.UTF_8;
  }

  /** The character set a byte-order mark at the start of the bytes names, or null if they start with none. */
  static @Nullable Charset byBom(byte[] head) {
    if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (head.length >= 2
        && (((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)
            || ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE))) {
      return StandardCharsets.UTF_16;
    }
    return null;
  }

  /**
   * The stream without a UTF-8 byte-order mark at its start, when read as UTF-8; UTF-16's decoder
   * reads its own mark.
   */
  static InputStream withoutBom(InputStream in, Charset charset) throws IOException {
    if (!charset.equals(StandardCharsets.UTF_8)) {
      return in;
    }
    PushbackInputStream pushback = new PushbackInputStream(in, 3);
    byte[] head = pushback.readNBytes(3);
    boolean bom = head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
    if (!bom) {
      pushback.unread(head);
    }
    return pushback;
  }

  /** A decoder that reports malformed and unmappable input instead of replacing it. */
  static CharsetDecoder strict(Charset charset) {
    return charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }
}
