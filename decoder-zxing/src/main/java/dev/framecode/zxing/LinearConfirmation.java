package dev.framecode.zxing;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.ResultPoint;
import com.google.zxing.common.BitArray;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.oned.CodaBarReader;
import com.google.zxing.oned.EAN8Reader;
import com.google.zxing.oned.ITFReader;
import com.google.zxing.oned.OneDReader;
import com.google.zxing.oned.UPCEReader;
import java.util.Map;

/**
 * Accepts a short linear read only when neighbouring scan lines read the same text.
 *
 * <p>UPC-E and EAN-8 carry one check digit over few bars, and short Codabar and ITF codes even
 * less, so text, stripes and foliage in photos produce reads that pass ZXing's checks. A real
 * code's bars are tall, so lines a little above and below the one that was read agree; a chance
 * pattern rarely does.
 */
final class LinearConfirmation {
  private LinearConfirmation() {}

  /** Agreeing lines needed besides the one that was read. */
  static final int MIN_AGREEING_LINES = 2;

  private static final int SHORT_TEXT = 8;

  /** Returns whether {@code result}, read from {@code source}, can be accepted. */
  static boolean accept(Result result, LuminanceSource source, Map<DecodeHintType, ?> hints) {
    OneDReader reader = confirmingReader(result);
    if (reader == null) {
      return true;
    }
    ResultPoint[] points = result.getResultPoints();
    if (points == null || points.length < 2 || points[0] == null) {
      return false;
    }
    return agreeingLines(result, source, reader, hints) >= MIN_AGREEING_LINES
        || agreeingLines(result, source.invert(), reader, hints) >= MIN_AGREEING_LINES;
  }

  private static OneDReader confirmingReader(Result result) {
    BarcodeFormat format = result.getBarcodeFormat();
    boolean shortText = result.getText().length() < SHORT_TEXT;
    return switch (format) {
      case UPC_E -> new UPCEReader();
      case EAN_8 -> new EAN8Reader();
      case CODABAR -> shortText ? new CodaBarReader() : null;
      case ITF -> shortText ? new ITFReader() : null;
      default -> null;
    };
  }

  private static int agreeingLines(
      Result result, LuminanceSource source, OneDReader reader, Map<DecodeHintType, ?> hints) {
    ResultPoint[] points = result.getResultPoints();
    ResultPoint a = points[0];
    ResultPoint b = points[points.length - 1];
    boolean vertical = Math.abs(b.getY() - a.getY()) > Math.abs(b.getX() - a.getX());
    LuminanceSource rows = vertical ? source.rotateCounterClockwise() : source;
    // A counter-clockwise turn takes (x, y) to (y, width - 1 - x).
    double ay = vertical ? source.getWidth() - 1 - a.getX() : a.getY();
    double by = vertical ? source.getWidth() - 1 - b.getX() : b.getY();
    double length = vertical ? Math.abs(b.getY() - a.getY()) : Math.abs(b.getX() - a.getX());
    int centre = (int) Math.round((ay + by) / 2);
    int reach = (int) Math.max(4, length * 0.2);
    int stride = Math.max(2, reach / 5);
    GlobalHistogramBinarizer binarizer = new GlobalHistogramBinarizer(rows);
    int agreeing = 0;
    for (int offset = -reach; offset <= reach; offset += stride) {
      int y = centre + offset;
      if (Math.abs(offset) < stride || y < 0 || y >= rows.getHeight()) {
        continue;
      }
      if (readsSame(reader, binarizer, y, result.getText(), hints)) {
        agreeing++;
      }
    }
    return agreeing;
  }

  private static boolean readsSame(
      OneDReader reader,
      GlobalHistogramBinarizer binarizer,
      int y,
      String text,
      Map<DecodeHintType, ?> hints) {
    try {
      BitArray row = binarizer.getBlackRow(y, null);
      for (int pass = 0; pass < 2; pass++) {
        if (pass == 1) {
          row.reverse();
        }
        try {
          if (text.equals(reader.decodeRow(y, row, hints).getText())) {
            return true;
          }
        } catch (ReaderException e) {
          // This line does not read; try it the other way round.
        }
      }
    } catch (ReaderException e) {
      return false;
    }
    return false;
  }
}
