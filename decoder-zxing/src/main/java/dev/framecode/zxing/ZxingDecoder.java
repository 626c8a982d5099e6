package dev.framecode.zxing;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.ResultPoint;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.GenericMultipleBarcodeReader;
import dev.framecode.Barcode;
import dev.framecode.BarcodeFormat;
import dev.framecode.Decoder;
import dev.framecode.Frame;
import dev.framecode.Point;
import dev.framecode.Quad;
import dev.framecode.Rect;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A {@link Decoder} on ZXing that reads every format ZXing knows. It tries the hybrid binarizer
 * first and the global-histogram one when that finds nothing.
 *
 * <p>Thread-safe: each call uses readers of its own. Holds no native resources.
 */
public final class ZxingDecoder implements Decoder {

  private static final int MAX_PASSES = 4;

  private final ZxingDecoderOptions options;
  private final Map<DecodeHintType, Object> hints;

  /** Creates a decoder with the default options. */
  public ZxingDecoder() {
    this(ZxingDecoderOptions.defaults());
  }

  /** Creates a decoder with {@code options}. */
  public ZxingDecoder(ZxingDecoderOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    this.hints = hints(options);
  }

  /** Returns the options this decoder was made with. */
  public ZxingDecoderOptions options() {
    return options;
  }

  @Override
  public List<Barcode> decode(Frame frame) {
    byte[] gray = frame.toGray();
    List<Barcode> found = new ArrayList<>();
    int passes = options.multiple() ? MAX_PASSES : 1;
    for (int pass = 0; pass < passes; pass++) {
      List<Barcode> fresh = new ArrayList<>();
      for (Barcode barcode : readOnce(gray, frame)) {
        if (found.stream().noneMatch(known -> sameCode(known, barcode))) {
          fresh.add(barcode);
        }
      }
      if (fresh.isEmpty()) {
        break;
      }
      found.addAll(fresh);
      // ZXing's multi-reader misses codes that sit beside one it found (a Data Matrix next to a
      // QR code, say): blank what was read and look again.
      for (Barcode barcode : fresh) {
        whiten(gray, frame.width(), frame.height(), barcode.corners().bounds());
      }
    }
    return found;
  }

  private List<Barcode> readOnce(byte[] gray, Frame frame) {
    LuminanceSource source = new GrayLuminanceSource(gray, frame.width(), frame.height());
    List<Function<LuminanceSource, BinaryBitmap>> binarizers =
        List.of(
            s -> new BinaryBitmap(new HybridBinarizer(s)),
            s -> new BinaryBitmap(new GlobalHistogramBinarizer(s)));
    for (Function<LuminanceSource, BinaryBitmap> binarizer : binarizers) {
      List<Result> results = read(binarizer.apply(source));
      if (!results.isEmpty()) {
        return toBarcodes(results, frame);
      }
    }
    return List.of();
  }

  // A second reading of one code lies on or beside the first: a linear code can be read along
  // any line across its bars.
  private static boolean sameCode(Barcode a, Barcode b) {
    if (a.format() != b.format() || !a.text().equals(b.text())) {
      return false;
    }
    Rect bounds = a.corners().bounds();
    double reach = Math.max(bounds.width(), bounds.height()) * 0.5 + 4;
    return bounds.expand(reach).intersect(b.corners().bounds()).area() > 0;
  }

  // Result points mark finder patterns or a scan line, not the symbol's edges: blank generously.
  private static void whiten(byte[] gray, int width, int height, Rect bounds) {
    Rect area = bounds.expand(Math.max(bounds.width(), bounds.height()) * 0.3 + 4);
    int x0 = (int) Math.max(0, Math.floor(area.x()));
    int y0 = (int) Math.max(0, Math.floor(area.y()));
    int x1 = (int) Math.min(width, Math.ceil(area.maxX()));
    int y1 = (int) Math.min(height, Math.ceil(area.maxY()));
    for (int y = y0; y < y1; y++) {
      java.util.Arrays.fill(gray, y * width + x0, y * width + Math.max(x0, x1), (byte) 255);
    }
  }

  private List<Result> read(BinaryBitmap bitmap) {
    MultiFormatReader reader = new MultiFormatReader();
    reader.setHints(hints);
    try {
      if (options.multiple()) {
        return List.of(new GenericMultipleBarcodeReader(reader).decodeMultiple(bitmap, hints));
      }
      return List.of(reader.decodeWithState(bitmap));
    } catch (ReaderException e) {
      // Not found, or found but failing its checksum or format rules: nothing read either way.
      return List.of();
    }
  }

  private static List<Barcode> toBarcodes(List<Result> results, Frame frame) {
    List<Barcode> barcodes = new ArrayList<>(results.size());
    for (Result result : results) {
      BarcodeFormat format = ZxingFormats.fromZxing(result.getBarcodeFormat());
      Quad corners = ResultGeometry.quad(result.getResultPoints(), format, frame);
      barcodes.add(
          new Barcode(
              result.getText(),
              result.getRawBytes(),
              format,
              corners,
              frame.index(),
              frame.timestampMicros()));
    }
    return barcodes;
  }

  private static Map<DecodeHintType, Object> hints(ZxingDecoderOptions options) {
    Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
    hints.put(DecodeHintType.POSSIBLE_FORMATS, ZxingFormats.toZxing(options.formats()));
    if (options.tryHarder()) {
      hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
    }
    if (options.alsoInverted()) {
      hints.put(DecodeHintType.ALSO_INVERTED, Boolean.TRUE);
    }
    return Map.copyOf(hints);
  }

  /** Turns ZXing's result points, whatever their number, into a quad in frame pixels. */
  static final class ResultGeometry {
    private ResultGeometry() {}

    static Quad quad(ResultPoint[] points, BarcodeFormat format, Frame frame) {
      List<Point> known = new ArrayList<>();
      if (points != null) {
        for (ResultPoint p : points) {
          if (p != null && Float.isFinite(p.getX()) && Float.isFinite(p.getY())) {
            known.add(new Point(p.getX(), p.getY()));
          }
        }
      }
      if (known.isEmpty()) {
        return Quad.of(new Rect(0, 0, frame.width(), frame.height()));
      }
      if (known.size() == 4 && !format.isLinear()) {
        return new Quad(known.get(0), known.get(1), known.get(2), known.get(3));
      }
      if (known.size() == 3 && !format.isLinear()) {
        // QR finder centres: bottom left, top left, top right. Complete the parallelogram.
        Point bl = known.get(0);
        Point tl = known.get(1);
        Point tr = known.get(2);
        Point br = new Point(tr.x() + bl.x() - tl.x(), tr.y() + bl.y() - tl.y());
        return new Quad(tl, tr, br, bl);
      }
      if (known.size() == 2) {
        return band(known.get(0), known.get(1));
      }
      return bounds(known);
    }

    // A linear code is reported as the line it was read along; widen it to a thin band.
    private static Quad band(Point a, Point b) {
      double length = a.distanceTo(b);
      double half = Math.max(2, length * 0.1);
      double nx = length == 0 ? 0 : -(b.y() - a.y()) / length * half;
      double ny = length == 0 ? half : (b.x() - a.x()) / length * half;
      return new Quad(
          a.translate(-nx, -ny), b.translate(-nx, -ny), b.translate(nx, ny), a.translate(nx, ny));
    }

    private static Quad bounds(List<Point> points) {
      double minX = Double.MAX_VALUE;
      double minY = Double.MAX_VALUE;
      double maxX = -Double.MAX_VALUE;
      double maxY = -Double.MAX_VALUE;
      for (Point p : points) {
        minX = Math.min(minX, p.x());
        minY = Math.min(minY, p.y());
        maxX = Math.max(maxX, p.x());
        maxY = Math.max(maxY, p.y());
      }
      return Quad.of(new Rect(minX, minY, maxX - minX, maxY - minY));
    }
  }
}
