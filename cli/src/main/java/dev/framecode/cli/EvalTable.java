package dev.framecode.cli;

import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The summary that {@code framecode eval} prints: outcomes per format, overall, and timing. */
final class EvalTable {

  private final List<EvalCommand.Result> results;

  EvalTable(List<EvalCommand.Result> results) {
    this.results = results;
  }

  /** Returns how many images had {@code outcome}. */
  long count(Outcome outcome) {
    return results.stream().filter(r -> r.outcome() == outcome).count();
  }

  void print(PrintWriter out) {
    Map<String, Map<Outcome, Integer>> byFormat = new TreeMap<>();
    Map<Outcome, Integer> overall = new EnumMap<>(Outcome.class);
    for (EvalCommand.Result result : results) {
      Outcome outcome = result.outcome();
      overall.merge(outcome, 1, Integer::sum);
      if (result.entry().kind() == Manifest.Kind.POSITIVE) {
        String format = String.join(",", result.entry().formats());
        byFormat
            .computeIfAbsent(format, f -> new EnumMap<>(Outcome.class))
            .merge(outcome, 1, Integer::sum);
      }
    }
    out.printf(
        "%-34s %6s %8s %8s %8s %8s%n",
        "format", "images", "correct", "misread", "partial", "missed");
    byFormat.forEach((format, counts) -> row(out, format, counts));
    row(out, "all with expected text", withoutNegatives(overall));
    out.printf(
        "false positives on images without codes: %d of %d%n",
        get(overall, Outcome.FALSE_POSITIVE),
        get(overall, Outcome.FALSE_POSITIVE) + get(overall, Outcome.TRUE_NEGATIVE));
    long errors = results.stream().filter(r -> r.error() != null).count();
    if (errors > 0) {
      out.printf("images that could not be read: %d%n", errors);
    }
    double[] ms =
        results.stream().filter(r -> r.error() == null).mapToDouble(r -> r.ms()).toArray();
    out.printf(
        "ms per image: median %.1f, p90 %.1f, mean %.1f over %d images%n",
        EvalCommand.percentile(ms, 0.5),
        EvalCommand.percentile(ms, 0.9),
        java.util.Arrays.stream(ms).average().orElse(0),
        ms.length);
  }

  private static Map<Outcome, Integer> withoutNegatives(Map<Outcome, Integer> overall) {
    Map<Outcome, Integer> positives = new EnumMap<>(overall);
    positives.remove(Outcome.FALSE_POSITIVE);
    positives.remove(Outcome.TRUE_NEGATIVE);
    positives.remove(Outcome.UNSCORED);
    return positives;
  }

  private static void row(PrintWriter out, String label, Map<Outcome, Integer> counts) {
    int images = counts.values().stream().mapToInt(Integer::intValue).sum();
    out.printf(
        "%-34s %6d %8d %8d %8d %8d%n",
        label,
        images,
        get(counts, Outcome.CORRECT),
        get(counts, Outcome.MISREAD),
        get(counts, Outcome.PARTIAL),
        get(counts, Outcome.MISSED));
  }

  private static int get(Map<Outcome, Integer> counts, Outcome outcome) {
    return counts.getOrDefault(outcome, 0);
  }
}
