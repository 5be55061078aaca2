package dev.pingyi.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * A byte-order mark decides a CSV file's character set, exactly as written at the start of the
 * bytes and nowhere else; a UTF-8 mark is dropped before the text is read; and the legacy sets are
 * told apart from the whole of the bytes, whatever pieces the stream hands them over in.
 */
class CsvCharsetsKillTest {

  private static final byte[] TOKENS = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xFE, (byte) 0xFF, 0x00, 'a'};

  /** The bytes 𠮷 is in GB18030: a four-byte sequence GBK does not have. */
  private static final byte[] GB18030_ONLY = {(byte) 0x95, (byte) 0x32, (byte) 0x82, (byte) 0x36};

  /** Every array of up to four bytes drawn from the bytes of the marks, a zero and a letter. */
  private static List<byte[]> heads() {
    List<byte[]> heads = new ArrayList<>();
    heads.add(new byte[0]);
    List<byte[]> last = List.of(new byte[0]);
    for (int length = 1; length <= 4; length++) {
      List<byte[]> next = new ArrayList<>();
      for (byte[] shorter : last) {
        for (byte token : TOKENS) {
          byte[] head = Arrays.copyOf(shorter, length);
          head[length - 1] = token;
          next.add(head);
        }
      }
      heads.addAll(next);
      last = next;
    }
    return heads;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** The oracle: the charset the first bytes name by a mark. */
  private static @Nullable Charset markOf(byte[] head) {
    if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
      return StandardCharsets.UTF_8;
    }
    if (startsWith(head, 0xFE, 0xFF) || startsWith(head, 0xFF, 0xFE)) {
      return StandardCharsets.UTF_16;
    }
    return null;
  }

  @Test
  void aByteOrderMarkIsTheFirstBytesExactly() {
    for (byte[] head : heads()) {
      assertThat(CsvCharsets.byBom(head)).as(Arrays.toString(head)).isEqualTo(markOf(head));
    }
  }

  @Test
  void theMarksAreKnownByTheirBytes() {
    assertThat(CsvCharsets.byBom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})).isEqualTo(StandardCharsets.UTF_8);
    assertThat(CsvCharsets.byBom(new byte[] {(byte) 0xFE, (byte) 0xFF})).isEqualTo(StandardCharsets.UTF_16);
    assertThat(CsvCharsets.byBom(new byte[] {(byte) 0xFF, (byte) 0xFE})).isEqualTo(StandardCharsets.UTF_16);
    assertThat(CsvCharsets.byBom(new byte[] {(byte) 0xFE})).isNull();
    assertThat(CsvCharsets.byBom(new byte[] {(byte) 0xEF, (byte) 0xBB})).isNull();
  }

  @Test
  void aUtf8MarkDecidesEvenWhenTheBytesAfterItAreNotUtf8() throws IOException {
    byte[] gbk = "冠县,产业".getBytes(CsvCharsets.GBK);
    byte[] marked = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, gbk);

    assertThat(CsvCharsets.detect(new ByteArrayInputStream(marked))).isEqualTo(StandardCharsets.UTF_8);
    assertThat(CsvCharsets.detect(new ByteArrayInputStream(gbk))).isEqualTo(CsvCharsets.GBK);
  }

  @Test
  void onlyAWholeUtf8MarkIsDroppedBeforeUtf8Text() throws IOException {
    for (byte[] head : heads()) {
      byte[] bytes = concat(head, "x".getBytes(StandardCharsets.US_ASCII));
      byte[] expected = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? Arrays.copyOfRange(bytes, 3, bytes.length) : bytes;

      byte[] read = CsvCharsets.withoutBom(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8).readAllBytes();

      assertThat(read).as(Arrays.toString(bytes)).isEqualTo(expected);
    }
  }

  @Test
  void aStreamShorterThanAMarkIsKeptWhole() throws IOException {
    for (byte[] head : heads()) {
      if (head.length < 3) {
        byte[] read = CsvCharsets.withoutBom(new ByteArrayInputStream(head), StandardCharsets.UTF_8).readAllBytes();
        assertThat(read).as(Arrays.toString(head)).isEqualTo(head);
      }
    }
  }

  @Test
  void anotherCharsetsStreamIsLeftAsItIs() throws IOException {
    byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'x'};
    for (Charset charset : List.of(StandardCharsets.UTF_16, CsvCharsets.GBK, CsvCharsets.GB18030)) {
      InputStream in = new ByteArrayInputStream(bytes);

      InputStream out = CsvCharsets.withoutBom(in, charset);

      assertThat(out).isSameAs(in);
      assertThat(out.readAllBytes()).isEqualTo(bytes);
    }
  }

  @Test
  void aReadThatHandsOverNoBytesIsNotTheEndOfTheStream() throws IOException {
    byte[] gb18030 = concat("冠县".getBytes(CsvCharsets.GB18030), GB18030_ONLY);
    byte[] gbk = "冠县,产业".getBytes(CsvCharsets.GBK);

    assertThat(CsvCharsets.legacy(new HesitantStream(gb18030, 1))).isEqualTo(CsvCharsets.GB18030);
    assertThat(CsvCharsets.legacy(new HesitantStream(gbk, 1))).isEqualTo(CsvCharsets.GBK);
    assertThat(CsvCharsets.legacy(new ByteArrayInputStream(gb18030))).isEqualTo(CsvCharsets.GB18030);
  }

  @Test
  void aSequenceCutOffAtTheEndIsNotGbk() throws IOException {
    byte[] cut = Arrays.copyOf("冠县".getBytes(CsvCharsets.GBK), 3);

    assertThat(CsvCharsets.legacy(new ByteArrayInputStream(cut))).isEqualTo(CsvCharsets.GB18030);
  }

  @Test
  void bytesBeyondTheBufferAreReadToo() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] line = "冠县,产业,在建\r\n".getBytes(CsvCharsets.GBK);
    while (out.size() < 200_000) {
      out.write(line);
    }
    out.write(GB18030_ONLY);

    assertThat(CsvCharsets.detect(new ByteArrayInputStream(out.toByteArray()))).isEqualTo(CsvCharsets.GB18030);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
