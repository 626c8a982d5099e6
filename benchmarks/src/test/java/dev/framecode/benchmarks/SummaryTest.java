package dev.framecode.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Summary reads JMH's JSON the way JMH writes it and divides by the right baseline. */
class SummaryTest {

  private static final String PKG = "dev.framecode.benchmarks.";
  private static final String FRAME_1080_CODES = "\"resolution\": \"1080p\", \"scene\": \"codes\"";
  private static final String FRAME_1080_EMPTY = "\"resolution\": \"1080p\", \"scene\": \"empty\"";

  @TempDir Path dir;

  @Test
  void aDetectorRowIsDividedByTheBaselineOnTheSameFrameWhateverItsOtherParameters()
      throws IOException {
    List<Summary.Row> rows =
        read(
            sample("FrameDecodeBenchmark.zxingMultiFormatReader", FRAME_1080_CODES, 10.0),
            sample("FrameDecodeBenchmark.zxingMultiFormatReader", FRAME_1080_EMPTY, 200.0),
            sample(
                "DetectAndDecodeBenchmark.detectAndDecode",
                FRAME_1080_EMPTY + ", \"inputSize\": \"640\", \"threads\": \"2\"",
                250.0),
            sample(
                "DetectAndDecodeBenchmark.detectAndDecode",
                FRAME_1080_CODES + ", \"inputSize\": \"320\", \"threads\": \"1\"",
                25.0));

    assertThat(Summary.ratio(rows.get(2), rows, Summary.SINGLE)).hasValue(1.25);
    assertThat(Summary.ratio(rows.get(3), rows, Summary.SINGLE)).hasValue(2.5);
    assertThat(Summary.ratio(rows.get(0), rows, Summary.SINGLE)).hasValue(1.0);
  }

  @Test
  void timesInOtherUnitsAreConvertedToMillisecondsBeforeDividing() throws IOException {
    List<Summary.Row> rows =
        read(
            sample("FrameDecodeBenchmark.zxingMultiFormatReader", FRAME_1080_CODES, 10.0),
            average(
                "dev.framecode.onnx.OnnxStagesBenchmark.letterbox",
                FRAME_1080_CODES + ", \"inputSize\": \"320\"",
                1500.0,
                "us/op"));

    Summary.Row letterbox = rows.get(1);
    assertThat(letterbox.benchmark()).isEqualTo("OnnxStages.letterbox");
    assertThat(letterbox.score()).isCloseTo(1.5, within(1e-9));
    assertThat(letterbox.error()).isCloseTo(0.15, within(1e-9));
    assertThat(letterbox.unit()).isEqualTo("ms/op");
    assertThat(Summary.ratio(letterbox, rows, Summary.SINGLE).orElseThrow())
        .isCloseTo(0.15, within(1e-9));
  }

  @Test
  void rowsWithoutTheBaselinesFrameOrWithoutATimeHaveNoRatio() throws IOException {
    List<Summary.Row> rows =
        read(
            sample("FrameDecodeBenchmark.zxingMultiFormatReader", FRAME_1080_CODES, 10.0),
            average(
                "dev.framecode.onnx.OnnxInferenceBenchmark.inference",
                "\"inputSize\": \"320\", \"threads\": \"1\"",
                12.0,
                "ms/op"),
            throughput("VideoThroughputBenchmark.scan", 31.5));

    assertThat(Summary.ratio(rows.get(1), rows, Summary.SINGLE)).isEmpty();
    assertThat(rows.get(2).unit()).isEqualTo("ops/s");
    assertThat(rows.get(2).score()).isEqualTo(31.5);
    assertThat(Summary.ratio(rows.get(2), rows, Summary.SINGLE)).isEmpty();
  }

  @Test
  void aBenchmarkRunInBothModesKeepsTheAverageAndGainsTheSampledPercentiles() throws IOException {
    List<Summary.Row> rows =
        read(
            average(
                PKG + "FrameDecodeBenchmark.framecodeFullFrame", FRAME_1080_CODES, 51.0, "ms/op"),
            sample("FrameDecodeBenchmark.framecodeFullFrame", FRAME_1080_CODES, 53.0));

    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).score()).isEqualTo(51.0);
    assertThat(rows.get(0).percentiles()).containsEntry("50.0", 53.0 * 0.9);
  }

  @Test
  void theTableShowsOneLinePerRowWithItsRatioToEachBaseline() throws IOException {
    List<Summary.Row> rows =
        read(
            sample("FrameDecodeBenchmark.zxingMultiFormatReader", FRAME_1080_CODES, 10.0),
            sample("FrameDecodeBenchmark.zxingGenericMultipleReader", FRAME_1080_CODES, 2000.0),
            sample("FrameDecodeBenchmark.framecodeFullFrame", FRAME_1080_CODES, 38.44));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    Summary.print(rows, Summary.BASELINES, new PrintStream(bytes, true, StandardCharsets.UTF_8));

    assertThat(bytes.toString(StandardCharsets.UTF_8).lines())
        .hasSize(5)
        .startsWith(
            "| benchmark | params | score | ± | unit | p50 | p90 | p99 | vs zxingMultiFormatReader"
                + " | vs zxingGenericMultipleReader |")
        .last()
        .isEqualTo(
            "| FrameDecode.framecodeFullFrame | resolution=1080p scene=codes | 38.4 | 3.8 | ms/op"
                + " | 34.6 | 42.3 | 46.1 | 3.8x | 0.019x |");
  }

  private List<Summary.Row> read(String... results) throws IOException {
    Path file = dir.resolve("results.json");
    Files.writeString(file, "[" + String.join(",", results) + "]");
    return Summary.read(file);
  }

  // Percentiles at 0.9, 1.1 and 1.2 times the mean, an error of a tenth of it.
  private static String sample(String benchmark, String params, double mean) {
    String percentiles =
        String.format(
            java.util.Locale.ROOT,
            "{\"0.0\": %s, \"50.0\": %s, \"90.0\": %s, \"99.0\": %s, \"100.0\": %s}",
            mean * 0.5,
            mean * 0.9,
            mean * 1.1,
            mean * 1.2,
            mean * 2);
    return result(qualified(benchmark), "sample", params, mean, "ms/op", percentiles);
  }

  private static String average(String benchmark, String params, double mean, String unit) {
    return result(qualified(benchmark), "avgt", params, mean, unit, null);
  }

  private static String throughput(String benchmark, double score) {
    return result(qualified(benchmark), "thrpt", null, score, "ops/s", null);
  }

  private static String qualified(String benchmark) {
    return benchmark.startsWith("dev.") ? benchmark : PKG + benchmark;
  }

  private static String result(
      String benchmark, String mode, String params, double score, String unit, String pct) {
    return "{\"benchmark\": \""
        + benchmark
        + "\", \"mode\": \""
        + mode
        + "\", "
        + (params == null ? "" : "\"params\": {" + params + "}, ")
        + "\"primaryMetric\": {\"score\": "
        + score
        + ", \"scoreError\": "
        + score / 10
        + ", \"scoreUnit\": \""
        + unit
        + "\""
        + (pct == null ? "" : ", \"scorePercentiles\": " + pct)
        + "}}";
  }
}
