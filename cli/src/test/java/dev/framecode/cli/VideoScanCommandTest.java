package dev.framecode.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.framecode.javacv.FfmpegFrameSource;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** Runs {@code framecode scan VIDEO} on a generated video and checks the report exactly. */
class VideoScanCommandTest {

  @TempDir static Path dir;
  static Path video;
  static JsonNode report;
  static String printed;
  static int status;

  @BeforeAll
  static void scanTheTestVideo() throws Exception {
    video = TestVideos.write(dir.resolve("codes.mp4"));
    Path json = dir.resolve("report.json");
    Path annotated = dir.resolve("annotated.mp4");
    StringWriter out = new StringWriter();
    CommandLine cli = FramecodeCommand.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(new StringWriter()));
    status =
        cli.execute(
            "scan",
            video.toString(),
            "--full-frame-every",
            "2",
            "--json",
            json.toString(),
            "--annotate",
            annotated.toString());
    printed = out.toString();
    report = new ObjectMapper().readTree(json.toFile());
  }

  private static Map<String, JsonNode> byText() {
    Map<String, JsonNode> codes = new HashMap<>();
    report.get("barcodes").forEach(code -> codes.put(code.get("text").asText(), code));
    return codes;
  }

  @Test
  void reportsExactlyTheCodesInTheVideo() {
    assertThat(status).as(printed).isEqualTo(FramecodeCommand.FOUND);
    assertThat(byText()).containsOnlyKeys(TestVideos.MOVING, TestVideos.TWIN, TestVideos.EAN);
    assertThat(byText().get(TestVideos.EAN).get("format").asText()).isEqualTo("EAN_13");
    assertThat(report.get("schema").asText()).isEqualTo("framecode.video-scan/1");
  }

  @Test
  void countsTheTwinsAsTwoInstancesAndTheOthersAsOne() {
    assertThat(byText().get(TestVideos.TWIN).get("instances").asInt()).isEqualTo(2);
    assertThat(byText().get(TestVideos.MOVING).get("instances").asInt()).isEqualTo(1);
    assertThat(byText().get(TestVideos.EAN).get("instances").asInt()).isEqualTo(1);
  }

  @Test
  void knowsWhenEachCodeWasFirstAndLastSeen() {
    JsonNode moving = byText().get(TestVideos.MOVING);
    assertThat(moving.get("firstSeen").asDouble()).isCloseTo(0.0, within(0.1));
    assertThat(moving.get("lastSeen").asDouble()).isCloseTo(2.36, within(0.3));
    assertThat(byText().get(TestVideos.TWIN).get("firstSeen").asDouble())
        .isCloseTo(0.8, within(0.1));
    assertThat(byText().get(TestVideos.EAN).get("firstSeen").asDouble())
        .isCloseTo(1.2, within(0.1));
  }

  @Test
  void printsATableOfTheCodes() {
    assertThat(printed).contains("3 codes in 60 frames").contains(TestVideos.EAN).contains("FIRST");
  }

  @Test
  void writesAnAnnotatedCopyWithEveryFrame() throws Exception {
    Path annotated = dir.resolve("annotated.mp4");
    assertThat(Files.size(annotated)).isPositive();
    try (FfmpegFrameSource source = FfmpegFrameSource.open(annotated)) {
      int frames = 0;
      while (source.read().isPresent()) {
        frames++;
      }
      assertThat(frames).isEqualTo(TestVideos.FRAMES);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "--every 0 | --every must be at least 1, got 0",
        "--full-frame-every 0 | --full-frame-every must be at least 1, got 0",
        "--from 3 --to 1 | --to (1.0 s) must be after --from (3.0 s)",
        "--json /no/such/folder/report.json | folder /no/such/folder does not exist"
      })
  void exitsTwoWithOneLineOnAnOptionItCannotUse(String options, String message) {
    StringWriter err = new StringWriter();
    StringWriter out = new StringWriter();
    CommandLine cli = FramecodeCommand.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    List<String> args = new ArrayList<>(List.of("scan", video.toString()));
    args.addAll(List.of(options.split(" ")));

    int exit = cli.execute(args.toArray(String[]::new));

    assertThat(exit).isEqualTo(FramecodeCommand.BAD_INPUT);
    assertThat(err.toString().strip())
        .startsWith("framecode: ")
        .contains(message)
        .doesNotContain("\tat ")
        .doesNotContain("\n");
    // Refused before scanning: no table was printed.
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void writesOnlyTheJsonToStandardOutputWithJsonDash() throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = FramecodeCommand.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));

    int exit = cli.execute("scan", video.toString(), "--json", "-");

    assertThat(exit).isEqualTo(FramecodeCommand.FOUND);
    JsonNode parsed = new ObjectMapper().readTree(out.toString());
    assertThat(parsed.get("barcodes")).hasSize(3);
    assertThat(err.toString()).contains("3 codes in 60 frames").contains("FIRST");
  }
}
