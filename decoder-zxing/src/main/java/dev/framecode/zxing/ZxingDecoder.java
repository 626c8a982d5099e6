package dev.framecode.zxing;

import com.google.zxing.Result;
import com.google.zxing.ResultPoint;
import dev.framecode.Barcode;
import dev.framecode.BarcodeFormat;
import dev.framecode.Decoder;
import dev.framecode.Detection;
import dev.framecode.Frame;
import dev.framecode.Point;
import dev.framecode.Quad;
import dev.framecode.Rect;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link Decoder} on ZXing that reads every format ZXing knows, with a ladder of image variants
 * for codes that plain ZXing misses: rescaled, binarized differently, read as a pure symbol, and
 * turned for oblique linear codes. Short linear reads are only accepted when neighbouring scan
 * lines agree, which keeps chance reads in text and texture out.
 *
 * <p>Each frame or region gets {@link ZxingDecoderOptions#timeBudget()}. Thread-safe: each call
 * uses readers of its own. Holds no native resources.
 */
public final class ZxingDecoder implements Decoder {

  private static final int MAX_CODES_PER_FRAME = 16;

  /** The share of a region's time budget kept for reading the strip across it. */
  private static final double STRIP_SHARE = 0.3;

  /** How many other codes met along a strip are blanked before it gives up. */
  private static final int MAX_STRIP_OTHERS = 2;

  /** With a bound on steps per read, every this many reads of a code one reads the strip. */
  private static final int STRIP_EVERY = 4;

  /** A strip is read only when it reaches at least this many pixels beyond the crop. */
  private static final double MIN_STRIP_GROWTH = 4;

  private final ZxingDecoderOptions options;
  private final DecodeLadder ladder;
  private final Map<BarcodeFormat, DecodeLadder> singleFormatLadders;

  /** Creates a decoder with the default options. */
  public ZxingDecoder() {
    this(ZxingDecoderOptions.defaults());
  }

  /**
   * Creates a decoder with {@code options}.
   *
   * @param options the formats, effort and time budget
   */
  public ZxingDecoder(ZxingDecoderOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    this.ladder = new DecodeLadder(options);
    Map<BarcodeFormat, DecodeLadder> single = new EnumMap<>(BarcodeFormat.class);
    for (BarcodeFormat format : options.formats()) {
      single.put(format, new DecodeLadder(options.toBuilder().formats(EnumSet.of(format)).build()));
    }
    this.singleFormatLadders = single;
  }

  /** {@return the options this decoder was made with} */
  public ZxingDecoderOptions options() {
    return options;
  }

  @Override
  public List<Barcode> decode(Frame frame) {
    long deadline = System.nanoTime() + options.timeBudget().toNanos();
    GrayImage image = GrayImage.of(frame.toGray(), frame.width(), frame.height());
    List<Barcode> found = toBarcodes(ladder.decodeFrame(image, deadline), frame);
    if (!found.isEmpty() && options.multiple()) {
      findMore(image, found, frame);
    }
    return found;
  }

  @Override
  public List<Barcode> decode(Frame frame, Detection region) {
    return decode(frame, region, 0);
  }

  /**
   * {@inheritDoc}
   *
   * <p>After failed attempts the ladder starts that many steps further on, wrapping round, so that
   * over a few frames every step gets its turn within the per-call budget. A region whose label
   * names a format (see {@link Detection#format()}) is read for that format alone, or for nothing
   * if these options leave it out.
   */
  @Override
  public List<Barcode> decode(Frame frame, Detection region, int failedAttempts) {
    if (failedAttempts < 0) {
      throw new IllegalArgumentException("failedAttempts must be >= 0, got " + failedAttempts);
    }
    long deadline = System.nanoTime() + options.timeBudget().toNanos();
    Rect box = region.box();
    // A quiet zone of a quarter of the short side, at least a few modules of a small code; along a
    // long side, a fifth of it too, since a detector's box often cuts off the ends of a linear
    // code.
    double margin = Math.max(8, Math.min(box.width(), box.height()) * 0.25);
    Rect padded =
        box.expand(Math.max(margin, box.width() * 0.2), Math.max(margin, box.height() * 0.2))
            .intersect(new Rect(0, 0, frame.width(), frame.height()));
    if (padded.width() < 4 || padded.height() < 4) {
      return List.of();
    }
    int x = (int) Math.floor(padded.x());
    int y = (int) Math.floor(padded.y());
    int w = (int) Math.ceil(padded.maxX()) - x;
    int h = (int) Math.ceil(padded.maxY()) - y;
    Optional<BarcodeFormat> named = region.format();
    DecodeLadder chosen = named.isPresent() ? singleFormatLadders.get(named.get()) : ladder;
    if (chosen == null) {
      return List.of();
    }
    // Effort spread over frames: a few steps per read, every fourth read the strip instead. A read
    // for one named format costs a fraction of one for all and keeps its whole budget.
    int maxSteps = options.regionSteps();
    boolean bounded = maxSteps > 0 && named.isEmpty();
    boolean linear = chosen.readsLinear();
    if (bounded && linear && failedAttempts % STRIP_EVERY == STRIP_EVERY - 1) {
      return toBarcodes(
          decodeStrip(frame, padded, chosen, deadline, failedAttempts / STRIP_EVERY), frame);
    }
    Frame crop = frame.crop(x, y, Math.min(w, frame.width() - x), Math.min(h, frame.height() - y));
    GrayImage image =
        new GrayImage(crop.toGray(), crop.width(), crop.height(), Affine.translation(x, y))
            .pad((int) Math.ceil(margin / 2));
    if (bounded) {
      int skip = linear ? failedAttempts - failedAttempts / STRIP_EVERY : failedAttempts;
      return toBarcodes(chosen.decodeRegion(image, deadline, skip, maxSteps), frame);
    }
    // Linear formats keep a share of the budget for the strip below.
    long ladderDeadline =
        chosen.readsLinear()
            ? deadline - (long) (options.timeBudget().toNanos() * STRIP_SHARE)
            : deadline;
    List<DecodeLadder.Found> found = chosen.decodeRegion(image, ladderDeadline, failedAttempts);
    if (found.isEmpty() && chosen.readsLinear()) {
      found = decodeStrip(frame, padded, chosen, deadline, DecodeLadder.ALL_LINES);
    }
    return toBarcodes(found, frame);
  }

  // A detector often finds only part of a long linear code (a DataBar Expanded row can be twenty
  // times as wide as it is high) or splits it into pieces. When the crop reads nothing, the rows
  // it spans are read across the whole frame, or for an upright box its columns down the frame.
  private static List<DecodeLadder.Found> decodeStrip(
      Frame frame, Rect padded, DecodeLadder chosen, long deadline, int round) {
    boolean wide = padded.width() >= padded.height();
    Rect strip =
        wide
            ? new Rect(0, padded.y(), frame.width(), padded.height())
            : new Rect(padded.x(), 0, padded.width(), frame.height());
    double grown = wide ? strip.width() - padded.width() : strip.height() - padded.height();
    if (grown < MIN_STRIP_GROWTH) {
      return List.of();
    }
    int x = (int) Math.floor(strip.x());
    int y = (int) Math.floor(strip.y());
    int w = Math.min((int) Math.ceil(strip.maxX()) - x, frame.width() - x);
    int h = Math.min((int) Math.ceil(strip.maxY()) - y, frame.height() - y);
    Frame crop = frame.crop(x, y, w, h);
    GrayImage image =
        new GrayImage(crop.toGray(), crop.width(), crop.height(), Affine.translation(x, y));
    // Another code in the same rows may read first: blank it and read the strip again.
    for (int pass = 0; pass <= MAX_STRIP_OTHERS; pass++) {
      List<DecodeLadder.Found> found = chosen.decodeStrip(image, deadline, round);
      if (found.isEmpty()) {
        return found;
      }
      Rect read = toBarcodes(found, frame).get(0).corners().bounds();
      if (read.intersect(padded).area() > 0) {
        return found;
      }
      whiten(image.pixels(), w, h, read.translate(-x, -y));
    }
    return List.of();
  }

  // ZXing reads one code per pass: blank what was read and look again, so that a frame with
  // several codes, identical ones included, yields each of them.
  private void findMore(GrayImage image, List<Barcode> found, Frame frame) {
    byte[] blanked = image.pixels().clone();
    GrayImage rest = GrayImage.of(blanked, image.width(), image.height());
    List<Barcode> fresh = found;
    while (!fresh.isEmpty() && found.size() < MAX_CODES_PER_FRAME) {
      for (Barcode barcode : fresh) {
        whiten(blanked, image.width(), image.height(), barcode.corners().bounds());
      }
      fresh = new ArrayList<>();
      for (Barcode barcode : toBarcodes(ladder.decodeQuickly(rest), frame)) {
        if (found.stream().noneMatch(known -> known.isSameCodeAs(barcode))) {
          fresh.add(barcode);
        }
      }
      found.addAll(fresh);
    }
  }

  // Result points mark finder patterns or a scan line, not the symbol's edges: blank generously.
  private static void whiten(byte[] gray, int width, int height, Rect bounds) {
    Rect area = bounds.expand(Math.max(bounds.width(), bounds.height()) * 0.3 + 4);
    int x0 = (int) Math.max(0, Math.floor(area.x()));
    int y0 = (int) Math.max(0, Math.floor(area.y()));
    int x1 = (int) Math.min(width, Math.ceil(area.maxX()));
    int y1 = (int) Math.min(height, Math.ceil(area.maxY()));
    for (int y = y0; y < y1; y++) {
      Arrays.fill(gray, y * width + x0, y * width + Math.max(x0, x1), (byte) 255);
    }
  }

  private static List<Barcode> toBarcodes(List<DecodeLadder.Found> found, Frame frame) {
    List<Barcode> barcodes = new ArrayList<>(found.size());
    for (DecodeLadder.Found f : found) {
      Result result = f.result();
      BarcodeFormat format = ZxingFormats.fromZxing(result.getBarcodeFormat());
      Quad corners = ResultGeometry.quad(result.getResultPoints(), format, f.variant(), frame);
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

  /** Turns ZXing's result points, whatever their number, into a quad in frame pixels. */
  static final class ResultGeometry {
    private ResultGeometry() {}

    static Quad quad(ResultPoint[] points, BarcodeFormat format, GrayImage variant, Frame frame) {
      List<Point> known = new ArrayList<>();
      if (points != null) {
        for (ResultPoint p : points) {
          if (p != null && Float.isFinite(p.getX()) && Float.isFinite(p.getY())) {
            Affine map = variant.toFrame();
            known.add(new Point(map.x(p.getX(), p.getY()), map.y(p.getX(), p.getY())));
          }
        }
      }
      if (known.isEmpty()) {
        return Quad.of(new Rect(0, 0, frame.width(), frame.height()));
      }
      // A QR code's fourth point is its alignment pattern, inside the symbol: not a corner.
      if (known.size() == 4 && !format.isLinear() && format != BarcodeFormat.QR_CODE) {
        return new Quad(known.get(0), known.get(1), known.get(2), known.get(3));
      }
      if (known.size() >= 3 && !format.isLinear()) {
        // QR finder centres: bottom left, top left, top right. Complete the parallelogram.
        Point bl = known.get(0);
        Point tl = known.get(1);
        Point tr = known.get(2);
        Point br = new Point(tr.x() + bl.x() - tl.x(), tr.y() + bl.y() - tl.y());
        return new Quad(tl, tr, br, bl);
      }
      if (known.size() >= 2 && format.isLinear()) {
        return band(known.get(0), known.get(known.size() - 1));
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
