package dev.pingyi.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * How {@code XlsxOut.Entries} reads the entries of a ZIP archive front to back from their local
 * headers: deflated or stored, with or without a data descriptor of either size, with an extra
 * field; and where it stops or refuses when the bytes are cut short or are no entry it can read.
 */
class XlsxOutKillTest {

  private static final byte[] HELLO = "hello, 评议".getBytes(StandardCharsets.UTF_8);
  private static final byte[] WORLD = "world world world world".getBytes(StandardCharsets.UTF_8);

  @Test
  void aStoredEntryIsReadByItsSizeAndTheNextEntryAfterIt() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      stored(zip, "a.txt", HELLO);
      deflated(zip, "b.txt", WORLD);
      stored(zip, "c.txt", WORLD);
    }
    assertThat(entries(out.toByteArray())).containsExactly(
        Map.entry("a.txt", text(HELLO)), Map.entry("b.txt", text(WORLD)), Map.entry("c.txt", text(WORLD)));
  }

  @Test
  void theClassicDataDescriptorIsSkippedToTheNextEntry() throws IOException {
    // java.util.zip writes a deflated entry's sizes in a descriptor of four bytes each
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      deflated(zip, "a.txt", HELLO);
      deflated(zip, "b.txt", WORLD);
      deflated(zip, "c.txt", HELLO);
    }
    assertThat(entries(out.toByteArray())).containsExactly(
        Map.entry("a.txt", text(HELLO)), Map.entry("b.txt", text(WORLD)), Map.entry("c.txt", text(HELLO)));
  }

  @Test
  void theZip64DataDescriptorIsSkippedToTheNextEntry() throws IOException {
    // fastexcel's form: the sizes in the descriptor take eight bytes each
    byte[] archive = concat(zip64Entry("a.txt", HELLO), zip64Entry("b.txt", WORLD), centralDirectorySignature());
    assertThat(entries(archive)).containsExactly(Map.entry("a.txt", text(HELLO)), Map.entry("b.txt", text(WORLD)));
  }

  @Test
  void theDataOfAnEntryStartsAfterItsExtraField() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      ZipEntry entry = new ZipEntry("a.txt");
      entry.setExtra(new byte[] {(byte) 0xFE, (byte) 0xCA, 4, 0, 1, 2, 3, 4});
      zip.putNextEntry(entry);
      zip.write(WORLD);
      zip.closeEntry();
      stored(zip, "b.txt", HELLO);
    }
    assertThat(entries(out.toByteArray())).containsExactly(
        Map.entry("a.txt", text(WORLD)), Map.entry("b.txt", text(HELLO)));
  }

  @Test
  void anEmptyDeflatedEntryIsEmpty() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      deflated(zip, "empty.txt", new byte[0]);
      deflated(zip, "b.txt", WORLD);
    }
    assertThat(entries(out.toByteArray())).containsExactly(Map.entry("empty.txt", ""), Map.entry("b.txt", text(WORLD)));
  }

  @Test
  void deflatedDataThatEndsTheBytesIsReadWhole() throws IOException {
    byte[] archive = deflatedWithoutDescriptor("a.txt", WORLD);
    assertThat(entries(archive)).containsExactly(Map.entry("a.txt", text(WORLD)));
  }

  @Test
  void aLocalHeaderThatEndsTheBytesIsRead() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      stored(zip, "a.txt", HELLO);
    }
    int headerEnd = 30 + "a.txt".length();
    byte[] archive = concat(Arrays.copyOf(out.toByteArray(), headerEnd + HELLO.length), localHeader(0, 0, 0));
    // a stored entry with no name and no data: its 30 bytes end the archive
    assertThat(entries(archive)).containsExactly(Map.entry("a.txt", text(HELLO)), Map.entry("", ""));
  }

  @Test
  void bytesCutWithinALocalHeaderEndTheEntries() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      stored(zip, "a.txt", HELLO);
      stored(zip, "b.txt", WORLD);
    }
    int secondHeader = 30 + "a.txt".length() + HELLO.length;
    byte[] archive = Arrays.copyOf(out.toByteArray(), secondHeader + 10);
    assertThat(entries(archive)).containsExactly(Map.entry("a.txt", text(HELLO)));
  }

  @Test
  void bytesCutShortlyAfterAClassicDescriptorEndTheEntries() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ZipEntry entry = new ZipEntry("a.txt");
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(entry);
      zip.write(WORLD);
      zip.closeEntry();
    }
    int descriptorEnd = 30 + "a.txt".length() + Math.toIntExact(entry.getCompressedSize()) + 16;
    for (int more = 0; more <= 8; more++) {
      byte[] archive = Arrays.copyOf(out.toByteArray(), descriptorEnd + more);
      assertThat(entries(archive)).as("%d bytes after the descriptor", more)
          .containsExactly(Map.entry("a.txt", text(WORLD)));
    }
  }

  @Test
  void deflatedDataCutShortIsRefused() throws IOException {
    byte[] noise = new byte[4000];
    new Random(12).nextBytes(noise);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      deflated(zip, "noise.bin", noise);
    }
    byte[] archive = Arrays.copyOf(out.toByteArray(), 30 + "noise.bin".length() + 1000);
    assertThatThrownBy(() -> entries(archive)).isInstanceOf(IOException.class)
        .hasMessage("fastexcel's entry noise.bin ends before its deflated data");
  }

  @Test
  void dataThatIsNotDeflatedIsRefused() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      deflated(zip, "a.txt", WORLD);
    }
    byte[] archive = out.toByteArray();
    archive[30 + "a.txt".length()] = 0x07; // a final block of the reserved type 3
    assertThatThrownBy(() -> entries(archive)).isInstanceOf(IOException.class)
        .hasMessage("fastexcel's entry a.txt is not deflated data");
  }

  @Test
  void anotherMethodOrAStoredEntryWithADescriptorIsRefused() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      stored(zip, "a.txt", HELLO);
    }
    byte[] bzip2 = out.toByteArray();
    bzip2[8] = 12;
    assertThatThrownBy(() -> entries(bzip2)).isInstanceOf(IOException.class)
        .hasMessage("fastexcel's entry a.txt has compression method 12");
    byte[] described = out.toByteArray();
    described[6] = (byte) (described[6] | 8);
    assertThatThrownBy(() -> entries(described)).isInstanceOf(IOException.class)
        .hasMessage("fastexcel's entry a.txt has compression method 0");
  }

  private static Map<String, String> entries(byte[] archive) throws IOException {
    Map<String, String> entries = new LinkedHashMap<>();
    new XlsxOut.Entries(archive).forEach((name, content) -> entries.put(name, text(content)));
    return entries;
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static void stored(ZipOutputStream zip, String name, byte[] content) throws IOException {
    ZipEntry entry = new ZipEntry(name);
    entry.setMethod(ZipEntry.STORED);
    entry.setSize(content.length);
    entry.setCompressedSize(content.length);
    entry.setCrc(crc(content));
    zip.putNextEntry(entry);
    zip.write(content);
    zip.closeEntry();
  }

  private static void deflated(ZipOutputStream zip, String name, byte[] content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content);
    zip.closeEntry();
  }

  private static long crc(byte[] content) {
    CRC32 crc = new CRC32();
    crc.update(content);
    return crc.getValue();
  }

  private static byte[] deflate(byte[] content) {
    Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
    try {
      deflater.setInput(content);
      deflater.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[512];
      while (!deflater.finished()) {
        out.write(buffer, 0, deflater.deflate(buffer));
      }
      return out.toByteArray();
    } finally {
      deflater.end();
    }
  }

  /** A local header of a deflated entry whose sizes are in it, its name and its data, and nothing after. */
  private static byte[] deflatedWithoutDescriptor(String name, byte[] content) {
    byte[] data = deflate(content);
    byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
    ByteBuffer header = ByteBuffer.wrap(localHeader(0, 8, nameBytes.length)).order(ByteOrder.LITTLE_ENDIAN);
    header.putInt(14, (int) crc(content)).putInt(18, data.length).putInt(22, content.length);
    return concat(header.array(), nameBytes, data);
  }

  /** A deflated entry as fastexcel writes it: sizes left out of its header, a Zip64 descriptor after its data. */
  private static byte[] zip64Entry(String name, byte[] content) {
    byte[] data = deflate(content);
    byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
    ByteBuffer descriptor = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN)
        .putInt(0x08074b50).putInt((int) crc(content)).putLong(data.length).putLong(content.length);
    return concat(localHeader(8, 8, nameBytes.length), nameBytes, data, descriptor.array());
  }

  private static byte[] centralDirectorySignature() {
    return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(0x02014b50).array();
  }

  /** A local header of 30 bytes with the flags, method and name length given, sizes 0. */
  private static byte[] localHeader(int flags, int method, int nameLength) {
    return ByteBuffer.allocate(30).order(ByteOrder.LITTLE_ENDIAN)
        .putInt(0x04034b50).putShort((short) 20).putShort((short) flags).putShort((short) method)
        .putShort((short) 0).putShort((short) 0x21).putInt(0).putInt(0).putInt(0)
        .putShort((short) nameLength).putShort((short) 0).array();
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
