package dev.pingyi.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The load times the forks logged: each SQL fork loads its table once, cold, before timing its
 * query, as a real load would run.
 */
final class Loads {

  /** The seconds each fork took to load one workload size into one engine. */
  record Load(String engine, String workload, int size, List<Double> seconds) {}

  private Loads() {}

  static List<Load> read(Path log) throws IOException {
    Map<String, Load> loads = new TreeMap<>();
    if (!Files.exists(log)) {
      return List.of();
    }
    for (String line : Files.readAllLines(log)) {
      String[] f = line.split("\t", -1);
      String key = f[1] + "\t" + f[0] + "\t" + String.format("%010d", Integer.parseInt(f[2]));
      loads.computeIfAbsent(key, k -> new Load(f[0], f[1], Integer.parseInt(f[2]), new ArrayList<>()))
          .seconds().add(Double.parseDouble(f[3]));
    }
    return new ArrayList<>(loads.values());
  }
}
