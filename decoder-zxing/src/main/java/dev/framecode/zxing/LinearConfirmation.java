package dev.framecode.zxing;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.Binarizer;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.ResultPoint;
import com.google.zxing.common.BitArray;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.oned.CodaBarReader;
import com.google.zxing.oned.Code39Reader;
import com.google.zxing.oned.EAN13Reader;
import com.google.zxing.oned.EAN8Reader;
import com.google.zxing.oned.ITFReader;
import com.google.zxing.oned.OneDReader;
import com.google.zxing.oned.UPCAReader;
import com.google.zxing.oned.UPCEReader;
import java.util.HashMap;
import java.util.Map;

/**
 * Checks a linear read against the scan lines just above and below it, where a real code's tall
 * bars read the same.
 *
 * <p>UPC-E and EAN-8 carry one check digit over few bars, and short Codabar, ITF and Code 39 codes
 * even less, so text, stripes and foliage in photos produce reads that pass ZXing's checks: these
 * are accepted only when neighbouring lines agree. EAN-13 and UPC-A reads of worn or blurred codes
 * often succeed on few lines, so they are kept even alone; but when most neighbouring lines read
 * another valid code, the line that was read was the odd one out and the majority is reported.
 */
final class LinearConfirmation {
  private LinearConfirmation() {}

  /** Agreeing lines a short code needs besides the one that was read. */
  static final int MIN_AGREEING_LINES = 2;

  private static final int SHORT_TEXT = 8;

  private static final int SHORT_CODE_39 = 4;

  /**
   * Returns {@code result}, a corrected copy of it, or {@code null} when the read should not be
   * accepted.
   */
  static Result confirm(Result result, LuminanceSource source, Map<DecodeHintType, ?> hints) {
    OneDReader reader = checkingReader(result);
    if (reader == null) {
      return result;
    }
    ResultPoint[] points = result.getResultPoints();
    if (points == null || points.length < 2 || points[0] == null) {
      return strict(result) ? null : result;
    }
    Map<String, Integer> votes = votes(result, source, reader, hints, false);
    if (votes.isEmpty()) {
      // Nothing read dark-on-light: the code may be light-on-dark.
      votes = votes(result, source.invert(), reader, hints, false);
    }
    String original = result.getText();
    if (strict(result) && votes.getOrDefault(original, 0) < MIN_AGREEING_LINES) {
      // One threshold for the whole image loses the bars of unevenly lit codes: threshold each
      // neighbourhood as the hybrid binarizer does, and count the lines that read either way.
      for (Map.Entry<String, Integer> local :
          votes(result, source, reader, hints, true).entrySet()) {
        votes.merge(local.getKey(), local.getValue(), Math::max);
      }
    }
    votes.merge(original, 1, Integer::sum);
    String winner = original;
    for (Map.Entry<String, Integer> vote : votes.entrySet()) {
      if (vote.getValue() > votes.get(winner)) {
        winner = vote.getKey();
      }
    }
    for (Map.Entry<String, Integer> vote : votes.entrySet()) {
      if (!vote.getKey().equals(winner) && vote.getValue().equals(votes.get(winner))) {
        // As many lines read another code: nothing says which of the two this is.
        return null;
      }
    }
    if (strict(result) && votes.get(winner) < 1 + MIN_AGREEING_LINES) {
      return null;
    }
    if (winner.equals(original)) {
      return result;
    }
    return new Result(winner, null, points, result.getBarcodeFormat());
  }

  private static boolean strict(Result result) {
    BarcodeFormat format = result.getBarcodeFormat();
    return format != BarcodeFormat.EAN_13 && format != BarcodeFormat.UPC_A;
  }

  private static OneDReader checkingReader(Result result) {
    boolean shortText = result.getText().length() < SHORT_TEXT;
    return switch (result.getBarcodeFormat()) {
      case UPC_E -> new UPCEReader();
      case EAN_8 -> new EAN8Reader();
      case EAN_13 -> new EAN13Reader();
      case UPC_A -> new UPCAReader();
      case CODABAR -> shortText ? new CodaBarReader() : null;
      case ITF -> shortText ? new ITFReader() : null;
      // Code 39 has no check digit, but its wide and narrow elements are harder to fake: only
      // the shortest reads are in doubt.
      case CODE_39 -> result.getText().length() < SHORT_CODE_39 ? new Code39Reader() : null;
      default -> null;
    };
  }

  // Reads lines across the bars on both sides of the one that was read, up to a fifth of the
  // code's length away, and counts what each line says.
  private static Map<String, Integer> votes(
      Result result,
      LuminanceSource source,
      OneDReader reader,
      Map<DecodeHintType, ?> hints,
      boolean localThreshold) {
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
    Binarizer binarizer =
        localThreshold ? new HybridBinarizer(rows) : new GlobalHistogramBinarizer(rows);
    BitMatrix matrix = localThreshold ? blackMatrix(binarizer) : null;
    Map<String, Integer> votes = new HashMap<>();
    for (int offset = -reach; offset <= reach; offset += stride) {
      int y = centre + offset;
      if (Math.abs(offset) < stride || y < 0 || y >= rows.getHeight()) {
        continue;
      }
      String text = readLine(reader, binarizer, matrix, y, hints);
      if (text != null) {
        votes.merge(text, 1, Integer::sum);
      }
    }
    return votes;
  }

  private static BitMatrix blackMatrix(Binarizer binarizer) {
    try {
      return binarizer.getBlackMatrix();
    } catch (ReaderException e) {
      return null;
    }
  }

  private static String readLine(
      OneDReader reader,
      Binarizer binarizer,
      BitMatrix matrix,
      int y,
      Map<DecodeHintType, ?> hints) {
    BitArray row;
    if (matrix != null) {
      row = matrix.getRow(y, null);
    } else {
      try {
        row = binarizer.getBlackRow(y, null);
      } catch (ReaderException e) {
        return null;
      }
    }
    for (int pass = 0; pass < 2; pass++) {
      if (pass == 1) {
        row.reverse();
      }
      try {
        return reader.decodeRow(y, row, hints).getText();
      } catch (ReaderException e) {
        // This line does not read this way round.
      }
    }
    return null;
  }
}
