package dev.peerkit.atlas.peering.bench.driver;

import java.util.Arrays;

/**
 * A figure measured several times (one value per fork or per round): its median and range, and
 * the verdict against an upper-bound goal that says "too noisy to conclude" when the range
 * straddles the goal.
 */
record Spread(double[] values) {

  static Spread of(double... values) {
    double[] finite = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
    return new Spread(finite);
  }

  boolean isEmpty() {
    return values.length == 0;
  }

  double median() {
    if (values.length == 0) {
      return Double.NaN;
    }
    int n = values.length;
    return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
  }

  double min() {
    return values.length == 0 ? Double.NaN : values[0];
  }

  double max() {
    return values.length == 0 ? Double.NaN : values[values.length - 1];
  }

  double mean() {
    return Arrays.stream(values).average().orElse(Double.NaN);
  }

  double stdev() {
    if (values.length < 2) {
      return 0;
    }
    double m = mean();
    return Math.sqrt(Arrays.stream(values).map(v -> (v - m) * (v - m)).sum() / (values.length - 1));
  }

  /** The value at quantile {@code q} (0..1), by linear interpolation. */
  double quantile(double q) {
    if (values.length == 0) {
      return Double.NaN;
    }
    double pos = q * (values.length - 1);
    int lo = (int) Math.floor(pos);
    int hi = (int) Math.ceil(pos);
    return values[lo] + (values[hi] - values[lo]) * (pos - lo);
  }

  /** "1.23 (1.10–1.31, n=3)" */
  String text(int decimals) {
    if (values.length == 0) {
      return "n/a";
    }
    return Report.fmt(median(), decimals) + " (" + Report.fmt(min(), decimals) + "–" + Report.fmt(max(), decimals)
        + ", n=" + values.length + ")";
  }

  /**
   * @param goal an upper bound the figure should stay at or under
   * @param low the low end of the range judged (min, or a lower quantile)
   * @param high the high end
   * @return met / missed by how much / too noisy to conclude
   */
  static String verdictAtMost(double median, double low, double high, double goal) {
    if (!Double.isFinite(median)) {
      return "n/a";
    }
    if (high <= goal) {
      return "met (whole range ≤ " + Report.fmt(goal, 2) + ")";
    }
    if (low > goal) {
      return "**missed** by " + Report.fmt((median / goal - 1) * 100, 0) + "% (median " + Report.fmt(median, 2)
          + " > " + Report.fmt(goal, 2) + ")";
    }
    return "**too noisy to conclude** (range " + Report.fmt(low, 2) + "–" + Report.fmt(high, 2) + " straddles "
        + Report.fmt(goal, 2) + "; median " + Report.fmt(median, 2) + ")";
  }

  String verdictAtMost(double goal) {
    return verdictAtMost(median(), min(), max(), goal);
  }
}
