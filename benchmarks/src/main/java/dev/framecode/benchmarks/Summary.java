package dev.framecode.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Prints a Markdown table from a JMH JSON result file: per benchmark and parameters, the score and
 * its error, sampled percentiles where the benchmark ran in sample mode, and, for times, the ratio
 * to each baseline measured in the same run on the same frame: ZXing's {@code MultiFormatReader}
 * and its {@code GenericMultipleBarcodeReader}, both with TRY_HARDER on the whole frame. Times are
 * shown in milliseconds whatever unit a benchmark reported in.
 *
 * <p>A baseline row matches a row when every parameter of the baseline has the same value in the
 * row: {@code FrameDecode.zxingMultiFormatReader} at {@code resolution=1080p, scene=codes} is the
 * baseline of every detector row on that frame, whatever its model size or threads. A row without
 * the baseline's parameters (inference, which takes no frame) has no ratio.
 *
 * <pre>java -cp benchmarks.jar dev.framecode.benchmarks.Summary results.json [BASELINE...]</pre>
 */
public final class Summary {
  private Summary() {}

  /** One ZXing call with TRY_HARDER on the whole frame: stops at the first code. */
  static final String SINGLE = "FrameDecode.zxingMultiFormatReader";

  /** ZXing's reader for several codes in a frame, with TRY_HARDER. */
  static final String MULTIPLE = "FrameDecode.zxingGenericMultipleReader";

  /** The baselines unless named otherwise. */
  static final List<String> BASELINES = List.of(SINGLE, MULTIPLE);

  private static final Map<String, Double> MILLIS_PER_UNIT =
      Map.of("s/op", 1e3, "ms/op", 1.0, "us/op", 1e-3, "ns/op", 1e-6);

  /**
   * One benchmark at one set of parameters, its modes merged.
   *
   * @param benchmark the class without its {@code Benchmark} suffix, a dot, the method
   * @param params the parameters in JMH's order
   * @param score the mean, in milliseconds for times, else in {@code unit}
   * @param error the half-width of the 99.9% confidence interval, in the unit of the score
   * @param unit {@code ms/op} for times, else JMH's unit
   * @param percentiles sampled percentiles keyed like {@code 50.0}, in ms; empty if not sampled
   */
  record Row(
      String benchmark,
      Map<String, String> params,
      double score,
      double error,
      String unit,
      Map<String, Double> percentiles) {

    boolean isTime() {
      return unit.equals("ms/op");
    }
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: Summary RESULTS.json [BASELINE_BENCHMARK...]");
      System.exit(2);
    }
    List<String> baselines = args.length > 1 ? List.of(args).subList(1, args.length) : BASELINES;
    print(read(Path.of(args[0])), baselines, System.out);
  }

  /**
   * Prints {@code rows} as a Markdown table with each time's ratio to each of {@code baselines}.
   */
  static void print(List<Row> rows, List<String> baselines, PrintStream out) {
    StringBuilder header =
        new StringBuilder("| benchmark | params | score | ± | unit | p50 | p90 | p99 |");
    StringBuilder rule = new StringBuilder("|---|---|---:|---:|---|---:|---:|---:|");
    for (String baseline : baselines) {
      header.append(" vs ").append(baseline.substring(baseline.indexOf('.') + 1)).append(" |");
      rule.append("---:|");
    }
    out.println(header);
    out.println(rule);
    for (Row row : rows) {
      StringBuilder line = new StringBuilder();
      line.append(
          String.format(
              Locale.ROOT,
              "| %s | %s | %s | %s | %s | %s | %s | %s |",
              row.benchmark(),
              params(row.params()),
              number(row.score()),
              number(row.error()),
              row.unit(),
              number(row.percentiles().get("50.0")),
              number(row.percentiles().get("90.0")),
              number(row.percentiles().get("99.0"))));
      for (String baseline : baselines) {
        line.append(' ').append(ratio(row, rows, baseline).map(Summary::times).orElse("-"));
        line.append(" |");
      }
      out.println(line);
    }
  }

  /**
   * Returns {@code row}'s time divided by its baseline's, or nothing when {@code row} is not a time
   * or no baseline row matches its parameters.
   */
  static Optional<Double> ratio(Row row, List<Row> rows, String baseline) {
    if (!row.isTime()) {
      return Optional.empty();
    }
    return rows.stream()
        .filter(b -> b.benchmark().equals(baseline) && b.isTime())
        .filter(b -> row.params().entrySet().containsAll(b.params().entrySet()))
        .findFirst()
        .map(b -> row.score() / b.score());
  }

  /** Reads JMH's JSON results, merging the modes each benchmark ran in. */
  static List<Row> read(Path file) throws IOException {
    Map<String, Row> rows = new LinkedHashMap<>();
    for (JsonNode result : new ObjectMapper().readTree(file.toFile())) {
      Row row = row(result);
      String key = row.benchmark() + " " + row.params();
      Row known = rows.get(key);
      if (known == null) {
        rows.put(key, row);
      } else if (row.percentiles().isEmpty()) {
        // The average-time score, with the sampled percentiles of the other mode.
        rows.put(key, withPercentiles(row, known.percentiles()));
      } else {
        rows.put(key, withPercentiles(known, row.percentiles()));
      }
    }
    return new ArrayList<>(rows.values());
  }

  private static Row row(JsonNode result) {
    String name = result.get("benchmark").asText();
    String[] parts = name.split("\\.");
    String benchmark =
        parts[parts.length - 2].replaceFirst("Benchmark$", "") + "." + parts[parts.length - 1];
    Map<String, String> params = new LinkedHashMap<>();
    JsonNode p = result.get("params");
    if (p != null) {
      p.properties().forEach(e -> params.put(e.getKey(), e.getValue().asText()));
    }
    JsonNode metric = result.get("primaryMetric");
    String unit = metric.get("scoreUnit").asText();
    boolean time = MILLIS_PER_UNIT.containsKey(unit);
    double scale = MILLIS_PER_UNIT.getOrDefault(unit, 1.0);
    Map<String, Double> percentiles = new LinkedHashMap<>();
    if (result.get("mode").asText().equals("sample")) {
      metric
          .get("scorePercentiles")
          .properties()
          .forEach(e -> percentiles.put(e.getKey(), e.getValue().asDouble() * scale));
    }
    return new Row(
        benchmark,
        params,
        metric.get("score").asDouble() * scale,
        metric.get("scoreError").asDouble() * scale,
        time ? "ms/op" : unit,
        percentiles);
  }

  private static Row withPercentiles(Row row, Map<String, Double> percentiles) {
    return new Row(
        row.benchmark(), row.params(), row.score(), row.error(), row.unit(), percentiles);
  }

  private static String params(Map<String, String> params) {
    List<String> parts = new ArrayList<>();
    params.forEach((k, v) -> parts.add(k + "=" + v));
    return parts.isEmpty() ? "-" : String.join(" ", parts);
  }

  private static String times(double ratio) {
    return ratio < 0.001 ? "<0.001x" : number(ratio) + "x";
  }

  private static String number(Double value) {
    if (value == null || value.isNaN()) {
      return "-";
    }
    double abs = Math.abs(value);
    String pattern = abs >= 100 ? "%.0f" : abs >= 1 ? "%.1f" : abs >= 0.01 ? "%.3f" : "%.5f";
    return String.format(Locale.ROOT, pattern, value);
  }
}
