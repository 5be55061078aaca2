package dev.pingyi.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the report says of the machine: cores, CPU, memory, Java and the load around the run. */
final class Machine {

  private Machine() {}

  static String describe() {
    return Runtime.getRuntime().availableProcessors() + " cores (`nproc`), "
        + field("/proc/cpuinfo", "model name") + ", "
        + memory() + " RAM; "
        + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + " ("
        + System.getProperty("java.vendor") + "); "
        + System.getProperty("os.name") + " " + System.getProperty("os.arch");
  }

  /** The 1, 5 and 15 minute load averages, or "unknown". */
  static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+", -1);
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static String memory() {
    String kb = field("/proc/meminfo", "MemTotal").replace("kB", "").trim();
    try {
      return String.format("%.0f GiB", Long.parseLong(kb) / 1024.0 / 1024.0);
    } catch (NumberFormatException e) {
      return kb;
    }
  }

  private static String field(String file, String name) {
    try {
      List<String> lines = Files.readAllLines(Path.of(file));
      for (String line : lines) {
        if (line.startsWith(name)) {
          return line.substring(line.indexOf(':') + 1).trim();
        }
      }
    } catch (IOException | RuntimeException e) {
      return "unknown " + name;
    }
    return "unknown " + name;
  }
}
