package dev.framecode.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints a table from a JMH JSON result file: per benchmark and parameters, the average time,
 * sampled percentiles, and the ratio to the baseline measured in the same run with the same
 * parameters ({@code zxingMultiFormatReader} unless named otherwise).
 *
 * <pre>java -cp benchmarks.jar dev.framecode.benchmarks.Summary results.json [BASELINE]</pre>
 */
public final class Summary {
  private Summary() {}

  record Row(
      String benchmark, String params, double average, String unit, Map<String, Double> pct) {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: Summary RESULTS.json [BASELINE_BENCHMARK]");
      System.exit(2);
    }
    String baseline = args.length > 1 ? args[1] : "zxingMultiFormatReader";
    List<Row> rows = read(Path.of(args[0]));
    Map<String, Double> baselines = new LinkedHashMap<>();
    for (Row row : rows) {
      if (row.benchmark().equals(baseline)) {
        baselines.put(row.params(), row.average());
      }
    }
    System.out.printf(
        "%-28s %-34s %10s %9s %9s %9s %12s%n",
        "benchmark", "params", "avg", "p50", "p90", "p99", "vs baseline");
    for (Row row : rows) {
      Double base = baselines.get(row.params());
      System.out.printf(
          "%-28s %-34s %7.2f %-2s %9.2f %9.2f %9.2f %12s%n",
          row.benchmark(),
          row.params(),
          row.average(),
          row.unit(),
          row.pct().getOrDefault("50.0", Double.NaN),
          row.pct().getOrDefault("90.0", Double.NaN),
          row.pct().getOrDefault("99.0", Double.NaN),
          base == null ? "-" : String.format("%.2fx", row.average() / base));
    }
  }

  static List<Row> read(Path file) throws IOException {
    JsonNode results = new ObjectMapper().readTree(file.toFile());
    Map<String, Row> rows = new LinkedHashMap<>();
    for (JsonNode result : results) {
      String name = result.get("benchmark").asText();
      String benchmark = name.substring(name.lastIndexOf('.') + 1);
      String params = params(result.get("params"));
      String key = benchmark + " " + params;
      JsonNode metric = result.get("primaryMetric");
      String mode = result.get("mode").asText();
      Row known = rows.get(key);
      if (mode.equals("avgt")) {
        Map<String, Double> pct = known == null ? new LinkedHashMap<>() : known.pct();
        rows.put(
            key, new Row(benchmark, params, metric.get("score").asDouble(), unit(metric), pct));
      } else if (mode.equals("sample")) {
        Map<String, Double> pct = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = metric.get("scorePercentiles").fields();
        while (it.hasNext()) {
          Map.Entry<String, JsonNode> p = it.next();
          pct.put(p.getKey(), p.getValue().asDouble());
        }
        double average = known == null ? metric.get("score").asDouble() : known.average();
        rows.put(key, new Row(benchmark, params, average, unit(metric), pct));
      }
    }
    return new ArrayList<>(rows.values());
  }

  private static String unit(JsonNode metric) {
    return metric.get("scoreUnit").asText().replace("/op", "");
  }

  private static String params(JsonNode params) {
    if (params == null) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    params.fields().forEachRemaining(p -> parts.add(p.getKey() + "=" + p.getValue().asText()));
    return String.join(",", parts);
  }
}
