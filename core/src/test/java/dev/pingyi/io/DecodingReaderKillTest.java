package dev.pingyi.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The failure names the offset of the first bad byte from the start of the input, however the
 * text was read before it; a bad first byte fails the first read; a read that hands over no bytes
 * is not the end of the input; closing the reader closes the input.
 */
class DecodingReaderKillTest {

  private static byte[] withBadByteAt(int offset) {
    byte[] bytes = new byte[offset + 3];
    Arrays.fill(bytes, (byte) 'a');
    bytes[offset] = (byte) 0xFF;
    return bytes;
  }

  private static String message(int offset, int chunk) {
    DecodingReader reader = new DecodingReader(new ByteArrayInputStream(withBadByteAt(offset)), StandardCharsets.UTF_8);
    char[] buffer = new char[chunk];
    int read = 0;
    try {
      int n;
      while ((n = reader.read(buffer, 0, chunk)) >= 0) {
        read += n;
      }
    } catch (DecodingReader.UndecodableException e) {
      assertThat(read).as("the text before the bad byte is handed over first").isEqualTo(offset);
      return e.getMessage();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("no failure");
  }

  @Test
  void theFailureNamesTheOffsetOfTheBadByteHoweverTheTextIsRead() {
    Random random = new Random(5);
    for (int trial = 0; trial < 40; trial++) {
      int offset = random.nextInt(trial < 20 ? 40 : 70_000);
      int chunk = 1 + random.nextInt(trial % 2 == 0 ? 3 : 5000);

      assertThat(message(offset, chunk)).as("offset %s, chunk %s", offset, chunk)
          .isEqualTo("byte " + offset + " starts a sequence that is not UTF-8 text");
    }
  }

  @Test
  void theFailureNamesTheOffsetAfterManyCharacters() {
    assertThat(message(6, 1)).isEqualTo("byte 6 starts a sequence that is not UTF-8 text");
    assertThat(message(40_000, 4096)).isEqualTo("byte 40000 starts a sequence that is not UTF-8 text");
  }

  @Test
  void aBadFirstByteFailsTheFirstRead() {
    DecodingReader reader = new DecodingReader(new ByteArrayInputStream(withBadByteAt(0)), StandardCharsets.UTF_8);

    DecodingReader.UndecodableException e = catchThrowableOfType(
        DecodingReader.UndecodableException.class, () -> reader.read(new char[8], 0, 8));

    assertThat(e).isNotNull();
    assertThat(e.getMessage()).isEqualTo("byte 0 starts a sequence that is not UTF-8 text");
    assertThatThrownBy(() -> reader.read(new char[8], 2, 4)).isSameAs(e);
  }

  @Test
  void aBadByteAfterTextFailsTheReadAfterTheText() throws IOException {
    DecodingReader reader = new DecodingReader(new ByteArrayInputStream(withBadByteAt(2)), StandardCharsets.UTF_8);
    char[] buffer = new char[8];

    assertThat(reader.read(buffer, 3, 5)).isEqualTo(2);
    assertThat(new String(buffer, 3, 2)).isEqualTo("aa");
    assertThatThrownBy(() -> reader.read(buffer, 0, 8)).isInstanceOf(DecodingReader.UndecodableException.class);
  }

  @Test
  void aReadOfNoBytesIsNotTheEndOfTheInput() throws IOException {
    String text = "冠县,产业,在建\r\n茌平区,基础设施,谋划\r\n".repeat(50);
    for (Charset charset : new Charset[] {StandardCharsets.UTF_8, CsvCharsets.GBK}) {
      DecodingReader reader = new DecodingReader(new HesitantStream(text.getBytes(charset), 7), charset);
      StringBuilder read = new StringBuilder();
      char[] buffer = new char[64];
      int n;
      while ((n = reader.read(buffer, 0, buffer.length)) >= 0) {
        read.append(buffer, 0, n);
      }

      assertThat(read.toString()).isEqualTo(text);
    }
  }

  @Test
  void decodingToTheEndAnswersForTheWholeInput() throws IOException {
    assertThat(new DecodingReader(new ByteArrayInputStream("冠县".getBytes(StandardCharsets.UTF_8)),
        StandardCharsets.UTF_8).decodesToEnd()).isTrue();
    assertThat(new DecodingReader(new ByteArrayInputStream(withBadByteAt(2)), StandardCharsets.UTF_8).decodesToEnd())
        .isFalse();
    assertThat(new DecodingReader(new ByteArrayInputStream(withBadByteAt(9000)), StandardCharsets.UTF_8)
        .decodesToEnd()).isFalse();
    assertThat(new DecodingReader(new HesitantStream(withBadByteAt(3), 7), StandardCharsets.UTF_8).decodesToEnd()).isFalse();
  }

  @Test
  void closingTheReaderClosesTheInput() throws IOException {
    boolean[] closed = {false};
    InputStream in = new ByteArrayInputStream(new byte[] {'a'}) {
      @Override
      public void close() throws IOException {
        closed[0] = true;
        super.close();
      }
    };

    new DecodingReader(in, StandardCharsets.UTF_8).close();

    assertThat(closed[0]).isTrue();
  }
}
