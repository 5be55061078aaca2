package dev.pingyi.benchmarks;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The projects of a totals workload as primitive arrays, drawn from a fixed seed: each in one of
 * {@value #COUNTIES} counties, with a status and three investment figures (total, annual plan,
 * completed) in fen, the total up to 10¹⁰ yuan and the other two not above it. Every
 * implementation is built from these arrays and checked against {@link #expectedTotals()}.
 */
final class ProjectWorkload {

  static final long SEED = 2022_12_31L;
  static final int COUNTIES = 3_000;
  /** 10¹⁰ yuan in fen. */
  static final long MAX_FEN = 1_000_000_000_000L;
  /** The number of statuses drawn, as ordinals of {@code ProjectStatus}; 0 (planned) is not started. */
  static final int STATUSES = 4;

  /** The columns of {@link #expectedTotals()}. */
  static final int COUNT = 0;
  static final int STARTED = 1;
  static final int TOTAL = 2;
  static final int PLAN = 3;
  static final int COMPLETED = 4;

  /** The first 30 province prefixes of GB/T 2260; each holds 10 prefectures of 10 counties. */
  private static final int[] PROVINCES = {
      11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37,
      41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64};

  final int size;
  final int[] county;
  final byte[] status;
  final long[] total;
  final long[] plan;
  final long[] completed;

  private ProjectWorkload(int size) {
    this.size = size;
    SplittableRandom random = new SplittableRandom(SEED ^ size);
    county = new int[size];
    status = new byte[size];
    total = new long[size];
    plan = new long[size];
    completed = new long[size];
    for (int i = 0; i < size; i++) {
      county[i] = random.nextInt(COUNTIES);
      status[i] = (byte) random.nextInt(STATUSES);
      total[i] = random.nextLong(MAX_FEN + 1);
      plan[i] = random.nextLong(total[i] + 1);
      completed[i] = random.nextLong(total[i] + 1);
    }
  }

  static ProjectWorkload of(int size) {
    return new ProjectWorkload(size);
  }

  boolean started(int i) {
    return status[i] != 0;
  }

  /** The six-digit GB/T 2260 code of county c; codes increase with c. */
  static int countyCode(int c) {
    return PROVINCES[c / 100] * 10_000 + (c / 10 % 10 + 1) * 100 + c % 10 + 1;
  }

  /** The code of the prefecture of county c. */
  static int prefectureCode(int c) {
    return countyCode(c) / 100 * 100;
  }

  /** The county index of a six-digit code, or −1. */
  static int countyOf(int code) {
    int province = Arrays.binarySearch(PROVINCES, code / 10_000);
    int prefecture = code / 100 % 100 - 1;
    int county = code % 100 - 1;
    if (province < 0 || prefecture < 0 || prefecture > 9 || county < 0 || county > 9) {
      return -1;
    }
    return province * 100 + prefecture * 10 + county;
  }

  /**
   * Per county: the number of projects, of started ones, and the three sums in fen — by the most
   * direct loop there is. Every implementation must give exactly these; a county without projects
   * is all zeros.
   */
  long[][] expectedTotals() {
    long[][] totals = new long[COUNTIES][5];
    for (int i = 0; i < size; i++) {
      long[] t = totals[county[i]];
      t[COUNT]++;
      t[STARTED] += started(i) ? 1 : 0;
      t[TOTAL] = Math.addExact(t[TOTAL], total[i]);
      t[PLAN] = Math.addExact(t[PLAN], plan[i]);
      t[COMPLETED] = Math.addExact(t[COMPLETED], completed[i]);
    }
    return totals;
  }
}
