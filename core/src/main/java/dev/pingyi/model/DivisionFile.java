package dev.pingyi.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the division list that ships with Pingyi: lines of a code and a name separated by one tab,
 * sorted by code, after comment lines starting with {@code #}, one of which reads
 * {@code # edition: 2023}. Full names and parents are derived here, once, from the codes.
 */
final class DivisionFile {

  private static final String EDITION = "# edition: ";

  private DivisionFile() {}

  /** The registry of a resource next to this class. */
  static DivisionRegistry readResource(String resource) {
    try (InputStream in = DivisionFile.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("division list " + resource + " is not on the class path");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return parse(reader.lines().collect(ImmutableList.toImmutableList()), resource);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read division list " + resource, e);
    }
  }

  /**
   * The registry the lines describe.
   *
   * @throws IllegalStateException naming the source and the line if a line is malformed, out of
   *     order, repeats a code, or has no province above it, or if the edition is not stated once
   */
  static DivisionRegistry parse(List<String> lines, String source) {
    requireNonNull(source, "source");
    Integer edition = null;
    Map<DivisionCode, Division> read = new HashMap<>();
    ImmutableList.Builder<Division> divisions = ImmutableList.builder();
    DivisionCode previous = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String where = source + " line " + (i + 1);
      if (line.startsWith(EDITION)) {
        if (edition != null) {
          throw new IllegalStateException(where + ": edition stated twice");
        }
        edition = parseYear(line.substring(EDITION.length()), where);
        continue;
      }
      if (line.startsWith("#")) {
        continue;
      }
      int tab = line.indexOf('\t');
      if (tab < 0 || line.lastIndexOf('\t') != tab) {
        throw new IllegalStateException(where + ": '" + line + "' is not a code and a name separated by one tab");
      }
      DivisionCode code;
      try {
        code = DivisionCode.of(line.substring(0, tab));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(where + ": " + e.getMessage(), e);
      }
      if (previous != null && previous.compareTo(code) >= 0) {
        throw new IllegalStateException(where + ": code " + code + " does not follow " + previous + " in order");
      }
      previous = code;
      Division division = division(code, line.substring(tab + 1), read, where);
      read.put(code, division);
      divisions.add(division);
    }
    if (edition == null) {
      throw new IllegalStateException(source + ": no line states the edition ('" + EDITION + "YYYY')");
    }
    return new DivisionRegistry(edition, divisions.build());
  }

  private static Division division(DivisionCode code, String name, Map<DivisionCode, Division> read, String where) {
    try {
      if (code.level() == DivisionLevel.PROVINCE) {
        return Division.of(code, name, name, null);
      }
      Division province = read.get(code.province());
      if (province == null) {
        throw new IllegalStateException(where + ": code " + code + " has no province " + code.province() + " before it");
      }
      Division prefecture = code.level() == DivisionLevel.COUNTY ? read.get(code.prefecture()) : null;
      Division parent = prefecture != null ? prefecture : province;
      return Division.of(code, name, parent.fullName() + name, parent.code());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(where + ": " + e.getMessage(), e);
    }
  }

  private static int parseYear(String text, String where) {
    String year = text.strip();
    if (year.length() != 4 || !year.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new IllegalStateException(where + ": edition '" + year + "' is not a four-digit year");
    }
    return Integer.parseInt(year);
  }
}
