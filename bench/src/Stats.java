import java.util.List;
import java.util.Locale;

/** Percentiles of measured milliseconds (nearest rank). */
final class Stats {

    private Stats() {
    }

    static double p(List<Double> values, double percentile) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int rank = (int) Math.ceil(percentile / 100 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    /** "p50 / p99 / max" in ms. */
    static String summary(List<Double> values) {
        return String.format(Locale.ROOT, "%.2f / %.2f / %.2f", p(values, 50), p(values, 99), p(values, 100));
    }
}
