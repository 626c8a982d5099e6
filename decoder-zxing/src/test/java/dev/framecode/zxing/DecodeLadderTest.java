package dev.framecode.zxing;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.EncodeHintType;
import com.google.zxing.MultiFormatWriter;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import dev.framecode.Barcode;
import dev.framecode.BarcodeFormat;
import dev.framecode.Frame;
import dev.framecode.PixelFormat;
import dev.framecode.Rect;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Codes plain ZXing misses and the ladder reads, each rendered the way photos spoil them. */
class DecodeLadderTest {

  // A generous budget: these tests are about what the ladder reads, not how fast, and the
  // first calls in a fresh JVM run uncompiled.
  private final ZxingDecoder decoder =
      new ZxingDecoder(ZxingDecoderOptions.builder().timeBudget(Duration.ofSeconds(30)).build());

  @Test
  void readsALinearCodeTiltedByThirtyDegrees() {
    Frame upright = RenderedCodes.render(BarcodeFormat.CODE_128, "TILTED-128", 0);
    Frame tilted = toFrame(gray(upright).rotate(30));

    assertThat(texts(decoder.decode(tilted))).containsExactly("TILTED-128");
  }

  @Test
  void reportsATiltedCodeWhereItIsInTheFrame() {
    Frame upright = RenderedCodes.render(BarcodeFormat.EAN_13, "5901234123457", 0);
    Frame tilted = toFrame(gray(upright).rotate(-30));

    Barcode barcode = decoder.decode(tilted).get(0);

    Rect frame = new Rect(0, 0, tilted.width(), tilted.height());
    assertThat(frame.contains(barcode.corners().center())).isTrue();
    assertThat(barcode.corners().center().x())
        .isBetween(tilted.width() * 0.3, tilted.width() * 0.7);
    assertThat(barcode.corners().center().y())
        .isBetween(tilted.height() * 0.3, tilted.height() * 0.7);
  }

  @Test
  void readsATinyQrCodeByEnlargingIt() {
    Frame normal = RenderedCodes.render(BarcodeFormat.QR_CODE, "tiny", 0);
    Frame tiny = toFrame(gray(normal).scale(0.45));

    assertThat(texts(decoder.decode(tiny))).containsExactly("tiny");
  }

  @Test
  void readsALowContrastCode() {
    Frame frame = RenderedCodes.render(BarcodeFormat.DATA_MATRIX, "faint", 0);
    byte[] gray = frame.toGray();
    for (int i = 0; i < gray.length; i++) {
      gray[i] = (byte) (110 + (gray[i] & 0xFF) * 40 / 255);
    }

    assertThat(
            texts(
                decoder.decode(Frame.wrap(gray, frame.width(), frame.height(), PixelFormat.GRAY8))))
        .containsExactly("faint");
  }

  @Test
  void readsABlurredCode() {
    Frame frame = RenderedCodes.render(BarcodeFormat.CODE_39, "BLURRED", 0);

    Frame blurred = boxBlur(frame, 1);

    assertThat(texts(decoder.decode(blurred))).containsExactly("BLURRED");
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"UPC_E, 01234565", "CODE_39, A1"})
  void rejectsAShortLinearReadThatNoNeighbouringLineConfirms(BarcodeFormat format, String text) {
    Frame code = RenderedCodes.render(format, text, 0);
    // Keep a strip two pixels high: a single scan line reads it, its neighbours see white.
    byte[] strip = new byte[code.width() * code.height()];
    Arrays.fill(strip, (byte) 255);
    int middle = code.height() / 2;
    for (int y = middle; y < middle + 2; y++) {
      for (int x = 0; x < code.width(); x++) {
        strip[y * code.width() + x] = (byte) code.luminance(x, y);
      }
    }

    List<Barcode> found =
        decoder.decode(Frame.wrap(strip, code.width(), code.height(), PixelFormat.GRAY8));

    assertThat(found).isEmpty();
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"UPC_E, 01234565", "CODE_39, A1"})
  void acceptsTheSameShortLinearCodeWithBarsOfNormalHeight(BarcodeFormat format, String text) {
    Frame code = RenderedCodes.render(format, text, 0);

    assertThat(texts(decoder.decode(code))).containsExactly(text);
  }

  @Test
  void readsOnlyLinearCodesAlongAStrip() {
    DecodeLadder ladder = new DecodeLadder(ZxingDecoderOptions.defaults());
    GrayImage qr = gray(RenderedCodes.render(BarcodeFormat.QR_CODE, "not for strips", 0));
    GrayImage linear = gray(RenderedCodes.render(BarcodeFormat.CODE_128, "STRIP", 0));

    // A strip is for a linear code longer than its box; a matrix code is read in its own region.
    assertThat(ladder.decodeStrip(qr, Long.MAX_VALUE)).isEmpty();
    assertThat(ladder.decodeFrame(qr, Long.MAX_VALUE)).hasSize(1);
    assertThat(ladder.decodeStrip(linear, Long.MAX_VALUE))
        .extracting(found -> found.result().getText())
        .containsExactly("STRIP");
  }

  @Test
  void readsAnAztecCodeRenderedOnePixelPerModuleWithoutAQuietZone() throws WriterException {
    BitMatrix matrix =
        new MultiFormatWriter()
            .encode(
                "one pixel a module",
                com.google.zxing.BarcodeFormat.AZTEC,
                1,
                1,
                Map.of(EncodeHintType.MARGIN, 0));
    Frame frame = toFrame(matrix);

    List<Barcode> found = decoder.decode(frame);

    assertThat(texts(found)).containsExactly("one pixel a module");
    Rect bounds = found.get(0).corners().bounds();
    assertThat(bounds.x()).isBetween(-1.0, frame.width() / 2.0);
    assertThat(bounds.maxX()).isBetween(frame.width() / 2.0, frame.width() + 1.0);
  }

  @Test
  void readsPastARefusedShortReadToTheCodeBelowIt() {
    Frame ean = RenderedCodes.render(BarcodeFormat.EAN_13, "5901234123457", 0);
    Frame upce = RenderedCodes.render(BarcodeFormat.UPC_E, "01234565", 0);
    int width = Math.max(ean.width(), upce.width());
    int height = 2 * ean.height();
    byte[] gray = new byte[width * height];
    Arrays.fill(gray, (byte) 255);
    // ZXing reads outward from the middle row: a two-pixel UPC-E strip there is read first and
    // refused, and the EAN-13 in the lower half is what the frame holds.
    int middle = height / 2;
    for (int y = middle - 1; y <= middle; y++) {
      for (int x = 0; x < upce.width(); x++) {
        gray[y * width + x] = (byte) upce.luminance(x, upce.height() / 2);
      }
    }
    for (int y = 0; y < ean.height(); y++) {
      for (int x = 0; x < ean.width(); x++) {
        gray[(height - ean.height() + y) * width + x] = (byte) ean.luminance(x, y);
      }
    }
    ZxingDecoder upright =
        new ZxingDecoder(
            ZxingDecoderOptions.builder()
                .rotations(List.of())
                .timeBudget(Duration.ofSeconds(30))
                .build());

    List<Barcode> found = upright.decode(Frame.wrap(gray, width, height, PixelFormat.GRAY8));

    assertThat(found)
        .extracting(Barcode::format, Barcode::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(BarcodeFormat.EAN_13, "5901234123457"));
  }

  private static List<String> texts(List<Barcode> barcodes) {
    return barcodes.stream().map(Barcode::text).toList();
  }

  private static GrayImage gray(Frame frame) {
    return GrayImage.of(frame.toGray(), frame.width(), frame.height());
  }

  private static Frame toFrame(BitMatrix matrix) {
    byte[] gray = new byte[matrix.getWidth() * matrix.getHeight()];
    for (int y = 0; y < matrix.getHeight(); y++) {
      for (int x = 0; x < matrix.getWidth(); x++) {
        gray[y * matrix.getWidth() + x] = matrix.get(x, y) ? 0 : (byte) 255;
      }
    }
    return Frame.wrap(gray, matrix.getWidth(), matrix.getHeight(), PixelFormat.GRAY8);
  }

  private static Frame toFrame(GrayImage image) {
    return Frame.wrap(image.pixels(), image.width(), image.height(), PixelFormat.GRAY8);
  }

  private static Frame boxBlur(Frame frame, int radius) {
    int w = frame.width();
    int h = frame.height();
    byte[] out = new byte[w * h];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int sum = 0;
        int n = 0;
        for (int dy = -radius; dy <= radius; dy++) {
          for (int dx = -radius; dx <= radius; dx++) {
            int sx = Math.min(w - 1, Math.max(0, x + dx));
            int sy = Math.min(h - 1, Math.max(0, y + dy));
            sum += frame.luminance(sx, sy);
            n++;
          }
        }
        out[y * w + x] = (byte) (sum / n);
      }
    }
    return Frame.wrap(out, w, h, PixelFormat.GRAY8);
  }
}
