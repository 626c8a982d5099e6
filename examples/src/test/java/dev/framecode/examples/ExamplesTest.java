package dev.framecode.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.framecode.onnx.OnnxDetector;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs each example as its README command does, and checks what it prints. */
class ExamplesTest {

  private static final String SAMPLE = "../samples/codes.png";
  private static final String SAMPLE_VIDEO = "../samples/codes.mp4";

  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private PrintStream original;

  @BeforeEach
  void captureOutput() {
    original = System.out;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restoreOutput() {
    System.setOut(original);
  }

  private String printed() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void scanImagePrintsEveryCodeOfTheSample() throws Exception {
    ScanImage.main(new String[] {SAMPLE});

    assertThat(printed())
        .contains("QR_CODE https://framecode.dev/hello")
        .contains("EAN_13 4006381333931")
        .contains("CODE_128 FRAMECODE-0001");
  }

  @Test
  void scanVideoPrintsEachCodeOfTheSampleVideoOnce() throws Exception {
    ScanVideo.main(new String[] {SAMPLE_VIDEO});

    assertThat(printed().lines())
        .hasSize(3)
        .anyMatch(line -> line.startsWith("QR_CODE https://framecode.dev/hello from 0.00 s"))
        .anyMatch(line -> line.startsWith("EAN_13 4006381333931"))
        .anyMatch(line -> line.startsWith("CODE_128 FRAMECODE-0001"));
  }

  @Test
  void customComponentsReadOnlyTheRightHalfAndOnlyDigits() throws Exception {
    CustomComponents.main(new String[] {SAMPLE});

    assertThat(printed().strip()).isEqualTo("EAN_13 4006381333931");
  }

  @Test
  void customQueueRunsEachJobAndRejectsAFileOutsideItsRoot() throws Exception {
    Path root = Path.of("..").toAbsolutePath().normalize();
    CustomQueue.main(
        new String[] {
          root.resolve("samples").toString(),
          root.resolve("samples/codes.png").toString(),
          root.resolve("pom.xml").toString()
        });

    assertThat(printed())
        .contains("job-1 [\"https://framecode.dev/hello\"")
        .contains("job-2 failed:");
  }

  @Test
  void ownModelReportsItsClassesAndReadsEveryCodeInsideItsRegions() throws Exception {
    // framecode's shipped model is an ultralytics-format export; a copy of it stands in for yours.
    Path model = dir.resolve("best.onnx");
    try (InputStream shipped = OnnxDetector.class.getResourceAsStream(OnnxDetector.DEFAULT_MODEL)) {
      Files.copy(shipped, model);
    }

    OwnModel.main(new String[] {model.toString(), SAMPLE});

    assertThat(printed().lines())
        .contains("model best.onnx: 320x320 input, classes [barcode]")
        .contains("QR_CODE https://framecode.dev/hello")
        .contains("EAN_13 4006381333931")
        .contains("CODE_128 FRAMECODE-0001");
    assertThat(printed().lines().filter(line -> line.startsWith("region barcode "))).hasSize(3);
  }
}
