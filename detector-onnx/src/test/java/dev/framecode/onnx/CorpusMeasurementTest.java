package dev.framecode.onnx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.framecode.Detection;
import dev.framecode.Frame;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Runs the shipped model over every image of an evaluation corpus and writes what it finds, for
 * {@code training/corpus_coverage.py} to score. Runs only when asked:
 *
 * <pre>
 * ./mvnw -pl detector-onnx test -Dtest=CorpusMeasurementTest -Dframecode.corpus=/path/to/corpus
 * </pre>
 *
 * <p>The output, {@code target/corpus-detections.tsv}, holds one row per image: path, width,
 * height, detector milliseconds, then {@code x,y,w,h,score} per detection scoring 0.05 or more, in
 * frame pixels.
 */
@EnabledIfSystemProperty(named = "framecode.corpus", matches = ".+")
class CorpusMeasurementTest {

  @Test
  void writesTheDetectionsForEveryCorpusImage() throws IOException {
    Path corpus = Path.of(System.getProperty("framecode.corpus"));
    Path out = Path.of("target", "corpus-detections.tsv");
    List<String> rows = Files.readAllLines(corpus.resolve("MANIFEST.tsv"));
    int written = 0;
    // A low threshold keeps weak boxes, so that corpus_coverage.py can score several thresholds.
    OnnxDetectorOptions options = OnnxDetectorOptions.builder().scoreThreshold(0.05f).build();
    try (OnnxDetector detector = OnnxDetector.withDefaultModel(options);
        PrintWriter tsv = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
      for (String row : rows.subList(1, rows.size())) {
        String path = row.split("\t", 2)[0];
        BufferedImage image = read(corpus.resolve(path));
        if (image == null) {
          continue; // a video, a damaged file, or a format no ImageIO reader here knows
        }
        tsv.println(measure(detector, path, RenderedScenes.toFrame(image)));
        written++;
      }
    }
    assertThat(written).isPositive();
  }

  private static BufferedImage read(Path path) {
    try {
      return ImageIO.read(path.toFile());
    } catch (IOException e) {
      return null;
    }
  }

  private static String measure(OnnxDetector detector, String path, Frame frame) {
    detector.detect(frame); // warm: the first calls pay for lazy initialisation
    long start = System.nanoTime();
    List<Detection> found = detector.detect(frame);
    double millis = (System.nanoTime() - start) / 1e6;
    StringBuilder line = new StringBuilder();
    line.append(path).append('\t').append(frame.width()).append('\t').append(frame.height());
    line.append('\t').append(String.format(Locale.ROOT, "%.2f", millis));
    for (Detection d : found) {
      line.append('\t')
          .append(
              String.format(
                  Locale.ROOT,
                  "%.1f,%.1f,%.1f,%.1f,%.3f",
                  d.box().x(),
                  d.box().y(),
                  d.box().width(),
                  d.box().height(),
                  d.score()));
    }
    return line.toString();
  }
}
