package dev.framecode.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvalCommandTest {

  @TempDir Path corpus;

  private final StringWriter out = new StringWriter();

  /** A corpus of three images: the sample, the same sample expected wrongly, and a blank. */
  @BeforeEach
  void writeCorpus() throws IOException {
    Path images = Files.createDirectories(corpus.resolve("images/set"));
    Files.copy(ScanCommandTest.SAMPLE, images.resolve("codes.png"));
    Files.copy(ScanCommandTest.SAMPLE, images.resolve("wrong.png"));
    try (var in = EvalCommandTest.class.getResourceAsStream("/images/blank.png")) {
      Files.copy(in, images.resolve("blank.png"));
    }
    Files.writeString(
        images.resolve("codes.txt"),
        "https://framecode.dev/hello\n4006381333931\nFRAMECODE-0001\n");
    Files.writeString(images.resolve("wrong.txt"), "something else");
    Files.write(
        corpus.resolve("MANIFEST.tsv"),
        List.of(
            "path\tformat\texpected_text_file\tsource_repo\tnotes",
            "images/set/codes.png\tQR_CODE,EAN_13,CODE_128\timages/set/codes.txt\tx\tmulti=3",
            "images/set/wrong.png\tQR_CODE\timages/set/wrong.txt\tx\t",
            "images/set/blank.png\tNONE\t\tx\tnegative",
            "videos/ignored.mp4\tQR_CODE\t\tx\t"));
  }

  private int run(String... args) {
    CommandLine commandLine = FramecodeCommand.commandLine();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(new StringWriter()));
    return commandLine.execute(args);
  }

  @Test
  void scoresEachImageAndWritesOneJsonLinePerImage() throws IOException {
    Path jsonl = corpus.resolve("out.jsonl");

    int status =
        run("eval", corpus.resolve("MANIFEST.tsv").toString(), "--jsonl", jsonl.toString());

    assertThat(status).isZero();
    assertThat(out.toString())
        .contains("all with expected text                  2        1        1        0        0")
        .contains("false positives on images without codes: 0 of 1");
    List<String> lines = Files.readAllLines(jsonl);
    assertThat(lines).hasSize(3);
    JsonNode first = new ObjectMapper().readTree(lines.get(0));
    assertThat(first.get("path").asText()).isEqualTo("images/set/codes.png");
    assertThat(first.get("texts")).hasSize(3);
    assertThat(first.get("formats").toString()).contains("QR_CODE").contains("EAN_13");
    assertThat(first.get("ms").asDouble()).isPositive();
  }

  @Test
  void failsWhenTheRunFallsBelowItsFloors() throws IOException {
    Path floors = corpus.resolve("floors.properties");
    Files.writeString(floors, "correct.min=2\nmisread.max=0\n");

    int status =
        run("eval", corpus.resolve("MANIFEST.tsv").toString(), "--floors", floors.toString());

    assertThat(status).isEqualTo(1);
    assertThat(out.toString()).contains("correct 1 < 2").contains("misread 1 > 0");
  }

  @Test
  void passesWithinItsFloors() throws IOException {
    Path floors = corpus.resolve("floors.properties");
    Files.writeString(floors, "correct.min=1\nmisread.max=1\nfalsePositive.max=0\n");

    int status =
        run("eval", corpus.resolve("MANIFEST.tsv").toString(), "--floors", floors.toString());

    assertThat(status).isZero();
    assertThat(out.toString()).contains("within the floors");
  }
}
