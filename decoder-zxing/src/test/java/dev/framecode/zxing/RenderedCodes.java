package dev.framecode.zxing;

import com.google.zxing.EncodeHintType;
import com.google.zxing.MultiFormatWriter;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import dev.framecode.BarcodeFormat;
import dev.framecode.Frame;
import dev.framecode.PixelFormat;
import java.util.Map;

/** Renders barcodes with ZXing's writers into gray frames, for tests. */
final class RenderedCodes {
  private RenderedCodes() {}

  /** A sample payload for each format ZXing can write. */
  static final Map<BarcodeFormat, String> SAMPLES =
      Map.ofEntries(
          Map.entry(BarcodeFormat.QR_CODE, "framecode QR 0123"),
          Map.entry(BarcodeFormat.AZTEC, "framecode aztec"),
          Map.entry(BarcodeFormat.DATA_MATRIX, "framecode DM 42"),
          Map.entry(BarcodeFormat.PDF_417, "framecode PDF417 sample"),
          Map.entry(BarcodeFormat.CODE_128, "FRAMECODE-128"),
          Map.entry(BarcodeFormat.CODE_39, "FRAMECODE39"),
          Map.entry(BarcodeFormat.CODE_93, "FRAMECODE93"),
          Map.entry(BarcodeFormat.CODABAR, "A1234567B"),
          Map.entry(BarcodeFormat.EAN_8, "96385074"),
          Map.entry(BarcodeFormat.EAN_13, "5901234123457"),
          Map.entry(BarcodeFormat.UPC_A, "036000291452"),
          Map.entry(BarcodeFormat.UPC_E, "01234565"),
          Map.entry(BarcodeFormat.ITF, "00012345678905"));

  /** Returns the text ZXing reports for {@code written}: Codabar loses its start and stop. */
  static String expectedText(BarcodeFormat format, String written) {
    return format == BarcodeFormat.CODABAR ? written.substring(1, written.length() - 1) : written;
  }

  /**
   * Returns a gray frame holding {@code text} as {@code format}, black on white with a wide quiet
   * zone, turned clockwise by {@code rotation} degrees (0, 90, 180 or 270).
   */
  static Frame render(BarcodeFormat format, String text, int rotation) {
    BitMatrix matrix = encode(format, text);
    int margin = 40;
    int width = matrix.getWidth() + 2 * margin;
    int height = matrix.getHeight() + 2 * margin;
    byte[] gray = new byte[width * height];
    java.util.Arrays.fill(gray, (byte) 255);
    for (int y = 0; y < matrix.getHeight(); y++) {
      for (int x = 0; x < matrix.getWidth(); x++) {
        if (matrix.get(x, y)) {
          gray[(y + margin) * width + x + margin] = 0;
        }
      }
    }
    return rotate(Frame.wrap(gray, width, height, PixelFormat.GRAY8), rotation);
  }

  private static BitMatrix encode(BarcodeFormat format, String text) {
    boolean linear = format.isLinear();
    int scale = linear ? 3 : 4;
    Map<EncodeHintType, Object> hints = Map.of(EncodeHintType.MARGIN, 0);
    try {
      BitMatrix probe =
          new MultiFormatWriter().encode(text, ZxingFormats.toZxing(format), 1, 1, hints);
      int width = probe.getWidth() * scale;
      int height = linear ? 120 : probe.getHeight() * scale;
      return new MultiFormatWriter()
          .encode(text, ZxingFormats.toZxing(format), width, height, hints);
    } catch (WriterException e) {
      throw new IllegalArgumentException("cannot write " + format + " \"" + text + "\"", e);
    }
  }

  /** Returns {@code frame} turned clockwise by {@code degrees}, a multiple of 90. */
  static Frame rotate(Frame frame, int degrees) {
    Frame out = frame;
    for (int turns = Math.floorMod(degrees, 360) / 90; turns > 0; turns--) {
      out = rotateClockwise(out);
    }
    return out;
  }

  private static Frame rotateClockwise(Frame frame) {
    int w = frame.width();
    int h = frame.height();
    byte[] src = frame.toGray();
    byte[] dst = new byte[w * h];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        dst[x * h + (h - 1 - y)] = src[y * w + x];
      }
    }
    return Frame.wrap(dst, h, w, PixelFormat.GRAY8);
  }
}
