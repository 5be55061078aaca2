package dev.pingyi.examples;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.collect.ImmutableList;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.util.Properties;

/**
 * The example's data files, read from the class path folder {@value #DIR} (the folder {@code
 * src/main/resources/liaocheng-2022h1} of the examples module; its {@code README.md} describes
 * each file).
 */
final class DataFiles {

  /** The class path folder of the data files. */
  static final String DIR = "/liaocheng-2022h1/";

  private DataFiles() {}

  /** The file's bytes, to be closed by the caller. */
  static InputStream open(String name) throws IOException {
    InputStream in = DataFiles.class.getResourceAsStream(DIR + name);
    if (in == null) {
      throw new FileNotFoundException("example data file " + DIR + name + " is not on the class path");
    }
    return in;
  }

  /** The file's text, UTF-8. */
  static String text(String name) throws IOException {
    try (InputStream in = open(name)) {
      return new String(in.readAllBytes(), UTF_8);
    }
  }

  /** The rows of a UTF-8 CSV file with a header row, each by its header. */
  static ImmutableList<NamedCsvRecord> csv(String name) throws IOException {
    try (Reader reader = new InputStreamReader(open(name), UTF_8);
        CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(reader)) {
      return csv.stream().collect(ImmutableList.toImmutableList());
    }
  }

  /** A UTF-8 properties file. */
  static Properties properties(String name) throws IOException {
    Properties properties = new Properties();
    try (Reader reader = new InputStreamReader(open(name), UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }

  /** The property, which must be there. */
  static String required(Properties properties, String file, String key) {
    String value = properties.getProperty(key);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(file + ": property " + key + " is missing");
    }
    return value.strip();
  }
}
