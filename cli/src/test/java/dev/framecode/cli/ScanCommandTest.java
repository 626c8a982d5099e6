package dev.framecode.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.framecode.onnx.OnnxDetector;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class ScanCommandTest {

  static final Path SAMPLE = Paths.get("..", "samples", "codes.png");

  @TempDir Path temp;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine commandLine = FramecodeCommand.commandLine();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    return commandLine.execute(args);
  }

  @Test
  void printsEachCodeOfTheShippedSampleAndExitsZero() {
    int status = run("scan", SAMPLE.toString());

    assertThat(status).isZero();
    assertThat(out.toString())
        .contains("3 barcodes")
        .contains("QR_CODE      https://framecode.dev/hello")
        .contains("CODE_128     FRAMECODE-0001")
        .contains("EAN_13       4006381333931");
  }

  @ParameterizedTest
  @ValueSource(strings = {"webp", "jpg", "gif", "bmp"})
  void readsEveryImageFormatItPromises(String extension) throws IOException {
    Path image = extension.equals("webp") ? copyResource("codes.webp") : convertSample(extension);

    int status = run("scan", image.toString());

    assertThat(status).isZero();
    assertThat(out.toString()).contains("https://framecode.dev/hello").contains("FRAMECODE-0001");
  }

  @Test
  void writesJsonWithTextFormatAndCorners() throws IOException {
    Path json = temp.resolve("out.json");

    int status = run("scan", "--json", json.toString(), SAMPLE.toString());

    assertThat(status).isZero();
    JsonNode report = new ObjectMapper().readTree(json.toFile());
    assertThat(report.get("schema").asText()).isEqualTo("framecode.image-scan/1");
    JsonNode codes = report.get("files").get(0).get("barcodes");
    assertThat(codes).hasSize(3);
    JsonNode qr = findByFormat(codes, "QR_CODE");
    assertThat(qr.get("text").asText()).isEqualTo("https://framecode.dev/hello");
    assertThat(qr.get("corners")).hasSize(4);
    // The QR code is drawn at x 40..290 of the sample.
    assertThat(qr.get("corners").get(0).get(0).asDouble()).isBetween(40.0, 290.0);
  }

  @Test
  void writesOnlyTheJsonToStandardOutputWithJsonDash() throws IOException {
    int status = run("scan", "--json", "-", SAMPLE.toString());

    assertThat(status).isZero();
    JsonNode report = new ObjectMapper().readTree(out.toString());
    assertThat(report.get("files").get(0).get("barcodes")).hasSize(3);
    assertThat(err.toString()).contains("3 barcodes").contains("FRAMECODE-0001");
  }

  @ParameterizedTest(name = "--json {0}")
  @CsvSource({"no/such/out.json, does not exist", "., it is a folder"})
  void refusesAJsonFileItCannotWriteBeforeScanning(String name, String message) {
    int status = run("scan", "--json", temp.resolve(name).toString(), SAMPLE.toString());

    assertThat(status).isEqualTo(2);
    assertThat(err.toString()).contains("cannot write").contains(message);
    assertThat(out.toString()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"folder, is a directory", "missing.png, no such file"})
  void tellsAFolderFromAMissingFile(String name, String message) throws IOException {
    Files.createDirectories(temp.resolve("folder"));

    int status = run("scan", temp.resolve(name).toString());

    assertThat(status).isEqualTo(2);
    assertThat(err.toString()).contains(name + ": " + message);
  }

  @Test
  void exitsOneWhenTheImageHoldsNoBarcode() throws IOException {
    Path blank = copyResource("blank.png");

    int status = run("scan", blank.toString());

    assertThat(status).isEqualTo(1);
    assertThat(out.toString()).contains("blank.png: no barcode");
  }

  @Test
  void exitsTwoAndNamesTheFileWhenItIsNotAnImage() throws IOException {
    Path text = temp.resolve("notes.png");
    Files.writeString(text, "this is not a picture");

    int status = run("scan", text.toString());

    assertThat(status).isEqualTo(2);
    assertThat(err.toString()).contains("notes.png").contains("not an image");
  }

  @Test
  void exitsTwoForAMissingFileButStillScansTheOthers() {
    int status = run("scan", temp.resolve("missing.png").toString(), SAMPLE.toString());

    assertThat(status).isEqualTo(2);
    assertThat(err.toString()).contains("missing.png: no such file");
    assertThat(out.toString()).contains("FRAMECODE-0001");
  }

  @Test
  void exitsTwoOnBadUsage() {
    assertThat(run("scan")).isEqualTo(2);
    assertThat(run("scan", "--formats", "NOT_A_FORMAT", SAMPLE.toString())).isEqualTo(2);
  }

  @Test
  void restrictsTheFormatsWhenAsked() {
    int status = run("scan", "--formats", "QR_CODE", SAMPLE.toString());

    assertThat(status).isZero();
    assertThat(out.toString()).contains("1 barcode").doesNotContain("FRAMECODE-0001");
  }

  private static JsonNode findByFormat(JsonNode codes, String format) {
    for (JsonNode code : codes) {
      if (code.get("format").asText().equals(format)) {
        return code;
      }
    }
    throw new AssertionError("no " + format + " in " + codes);
  }

  @Test
  void readsInsideTheRegionsOfAModelGivenAsAFile() throws IOException {
    // The shipped model is an ultralytics-format export; a copy of it stands in for the user's.
    Path model = temp.resolve("best.onnx");
    try (var in = OnnxDetector.class.getResourceAsStream(OnnxDetector.DEFAULT_MODEL)) {
      Files.copy(in, model);
    }

    int status = run("scan", SAMPLE.toString(), "--model", model.toString(), "--no-fallback");

    assertThat(status).isZero();
    assertThat(out.toString())
        .contains("3 barcodes")
        .contains("https://framecode.dev/hello")
        .contains("FRAMECODE-0001")
        .contains("4006381333931");
  }

  @Test
  void exitsTwoWithOneLineWhenTheModelIsNotAModel() throws IOException {
    Path notAModel = Files.writeString(temp.resolve("best.onnx"), "<project/>");

    int status = run("scan", SAMPLE.toString(), "--model", notAModel.toString());

    assertThat(status).isEqualTo(FramecodeCommand.BAD_INPUT);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString().strip())
        .startsWith("framecode: ")
        .contains(notAModel.toString())
        .doesNotContain("\tat ")
        .doesNotContain("\n");
  }

  // ImageIO writes these formats itself; WebP it only reads, so that one is shipped.
  private Path convertSample(String extension) throws IOException {
    BufferedImage sample = ImageIO.read(SAMPLE.toFile());
    BufferedImage copy =
        new BufferedImage(
            sample.getWidth(),
            sample.getHeight(),
            extension.equals("gif") ? BufferedImage.TYPE_BYTE_INDEXED : BufferedImage.TYPE_INT_RGB);
    copy.getGraphics().drawImage(sample, 0, 0, null);
    Path target = temp.resolve("codes." + extension);
    assertThat(ImageIO.write(copy, extension, target.toFile())).isTrue();
    return target;
  }

  private Path copyResource(String name) throws IOException {
    Path target = temp.resolve(name);
    try (var in = ScanCommandTest.class.getResourceAsStream("/images/" + name)) {
      assertThat(in).as("test resource " + name).isNotNull();
      Files.copy(in, target);
    }
    return target;
  }
}
