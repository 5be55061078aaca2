package dev.pingyi.io;

import java.io.ByteArrayInputStream;
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
 * strict UTF-8; else GBK, in which Chinese Excel saves CSV, if every byte sequence is GBK's; else
 * GB18030, the superset of GBK that adds four-byte sequences (for the characters GBK lacks, such as
 * 𠮷). A file is read in, and named by, the smallest of the three that reads it. GBK and GB18030
 * read all but 100 of GBK's two-byte codes alike; those (vertical forms and a few more, which GBK
 * maps to private-use code points and GB18030-2005 to standard characters) read as the named set
 * reads them. Needs no library.
 */
final class CsvCharsets {

  /** GB18030: decodes every GBK and GB2312 file as those charsets do, and four-byte sequences too. */
  static final Charset GB18030 = Charset.forName("GB18030");

  /** GBK: two-byte Chinese, in which Chinese Excel saves CSV. */
  static final Charset GBK = Charset.forName("GBK");

  private static final int BUFFER = 1 << 16;

  private CsvCharsets() {}

  /** The character set of the bytes the stream holds, reading it to its end. */
  static Charset detect(InputStream in) throws IOException {
    byte[] head = in.readNBytes(3);
    Charset bom = byBom(head);
    if (bom != null) {
      return bom;
    }
    byte[] bytes = in.readAllBytes();
    byte[] all = new byte[head.length + bytes.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(bytes, 0, all, head.length, bytes.length);
    if (decodes(new ByteArrayInputStream(all), StandardCharsets.UTF_8)) {
      return StandardCharsets.UTF_8;
    }
    return legacy(new ByteArrayInputStream(all));
  }

  /**
   * The character set of bytes without a byte-order mark that are not UTF-8: GBK if every byte
   * sequence is GBK's, else GB18030. Reads the stream to its end.
   */
  static Charset legacy(InputStream in) throws IOException {
    return decodes(in, GBK) ? GBK : GB18030;
  }

  /**
   * Whether the bytes the stream holds, to its end, are text in the character set: UTF-8 or GBK,
   * whose decoders have nothing to flush.
   */
  private static boolean decodes(InputStream in, Charset charset) throws IOException {
    CharsetDecoder decoder = strict(charset);
    ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
    CharBuffer chars = CharBuffer.allocate(BUFFER);
    boolean end = false;
    while (!end) {
      int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
      if (n < 0) {
        end = true;
      } else {
        bytes.position(bytes.position() + n);
      }
      bytes.flip();
      CoderResult result = decoder.decode(bytes, chars, end);
      if (result.isError()) {
        return false;
      }
      chars.clear();
      bytes.compact();
    }
    // decoding with the end of input has reported a sequence cut off there; the decoders of UTF-8
    // and GBK keep no state that flushing could find wrong
    return true;
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
