import java.util.Arrays;

/** A growable list of latencies in nanoseconds, with nearest-rank percentiles. */
final class Latencies {

  private long[] values = new long[1024];
  private int count;

  void add(long nanos) {
    if (count == values.length) {
      values = Arrays.copyOf(values, count * 2);
    }
    values[count++] = nanos;
  }

  void addAll(Latencies other) {
    for (int i = 0; i < other.count; i++) {
      add(other.values[i]);
    }
  }

  int count() {
    return count;
  }

  /**
   * Returns a summary line in milliseconds: p50, p95, p99 and max. It sorts the values in place, so
   * call it after the run.
   */
  String summary() {
    if (count == 0) {
      return "no samples";
    }
    Arrays.sort(values, 0, count);
    return String.format("p50 %7.1f   p95 %7.1f   p99 %7.1f   max %7.1f   (%,d samples)",
        millis(percentile(0.50)), millis(percentile(0.95)), millis(percentile(0.99)),
        millis(values[count - 1]), count);
  }

  /** Returns the smallest value that at least the given share of samples do not exceed. */
  private long percentile(double share) {
    int rank = (int) Math.ceil(share * count);
    return values[Math.max(rank, 1) - 1];
  }

  private static double millis(long nanos) {
    return nanos / 1_000_000.0;
  }
}
