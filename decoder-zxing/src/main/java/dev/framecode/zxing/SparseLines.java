package dev.framecode.zxing;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import com.google.zxing.ResultPoint;
import com.google.zxing.common.BitArray;
import com.google.zxing.oned.MultiFormatOneDReader;
import java.util.Map;

/**
 * Reads linear codes along every {@code step}th row of an image, starting {@code phase} rows in,
 * and then along every {@code step}th column: what ZXing's thorough mode does along every row and
 * column, at a fraction of its cost.
 *
 * <p>A linear code's bars cross many rows, so a sample of them finds a code about as well as all of
 * them do; a code that reads only along a few clean rows is found when a later attempt samples
 * other rows (another phase). Each row is read in both directions. Result points and orientation
 * are given in the image's own pixels, as ZXing's readers give them.
 *
 * @param step the distance between rows read; 1 reads every row
 * @param phase the first row read, below {@code step}
 */
record SparseLines(int step, int phase) {

  /** Rows a step samples at most in one direction of an image: few enough to stay cheap. */
  static final int MAX_LINES = 128;

  SparseLines {
    if (step < 1 || phase < 0 || phase >= step) {
      throw new IllegalArgumentException("step " + step + ", phase " + phase);
    }
  }

  /**
   * Returns lines for an image {@code height} rows high that sample about {@link #MAX_LINES} rows,
   * with a phase that moves on with each {@code round}.
   */
  static SparseLines forHeight(int height, int round) {
    int step = Math.max(1, Math.round(height / (float) MAX_LINES));
    return new SparseLines(step, Math.floorMod(round, step));
  }

  /**
   * Returns the first linear code read along the sampled rows, then columns, of {@code image}, or
   * null.
   */
  Result read(BinaryBitmap image, Map<DecodeHintType, ?> hints) {
    MultiFormatOneDReader reader = new MultiFormatOneDReader(hints);
    Result result = readRows(reader, image, hints);
    if (result != null || !image.isRotateSupported()) {
      return result;
    }
    BinaryBitmap turned = image.rotateCounterClockwise();
    SparseLines columns = forHeight(turned.getHeight(), phase);
    result = columns.readRows(reader, turned, hints);
    if (result == null) {
      return null;
    }
    // A point (x, y) of the turned image is (height - 1 - y, x) of the image before turning.
    ResultPoint[] points = result.getResultPoints();
    if (points != null) {
      for (int i = 0; i < points.length; i++) {
        ResultPoint p = points[i];
        if (p != null) {
          points[i] = new ResultPoint(turned.getHeight() - 1 - p.getY(), p.getX());
        }
      }
    }
    result.putMetadata(ResultMetadataType.ORIENTATION, (orientation(result) + 270) % 360);
    return result;
  }

  private Result readRows(
      MultiFormatOneDReader reader, BinaryBitmap image, Map<DecodeHintType, ?> hints) {
    int width = image.getWidth();
    int height = image.getHeight();
    BitArray row = new BitArray(width);
    // From the middle outwards, where the code of a region usually is: middle, below, above, ...
    int middle = phase + (Math.max(0, height / 2 - phase) / step) * step;
    for (int k = 0; ; k++) {
      int offset = (k + 1) / 2 * step;
      int y = k % 2 == 0 ? middle + offset : middle - offset;
      if (middle - offset < 0 && middle + offset >= height) {
        return null;
      }
      if (y < 0 || y >= height) {
        continue;
      }
      try {
        row = image.getBlackRow(y, row);
      } catch (NotFoundException e) {
        continue;
      }
      for (int pass = 0; pass < 2; pass++) {
        if (pass == 1) {
          row.reverse();
        }
        Result result;
        try {
          result = reader.decodeRow(y, row, hints);
        } catch (ReaderException e) {
          continue;
        }
        if (pass == 1) {
          mirror(result, width);
        }
        return result;
      }
    }
  }

  // A row read right to left: its points back in left-to-right pixels, and the turn noted.
  private static void mirror(Result result, int width) {
    ResultPoint[] points = result.getResultPoints();
    if (points != null) {
      for (int i = 0; i < points.length; i++) {
        if (points[i] != null) {
          points[i] = new ResultPoint(width - 1 - points[i].getX(), points[i].getY());
        }
      }
    }
    result.putMetadata(ResultMetadataType.ORIENTATION, 180);
  }

  private static int orientation(Result result) {
    Map<ResultMetadataType, Object> metadata = result.getResultMetadata();
    Object o = metadata == null ? null : metadata.get(ResultMetadataType.ORIENTATION);
    return o instanceof Integer i ? i : 0;
  }
}
