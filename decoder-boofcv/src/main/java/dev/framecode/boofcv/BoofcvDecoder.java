package dev.framecode.boofcv;

import boofcv.abst.fiducial.AztecCodePreciseDetector;
import boofcv.abst.fiducial.MicroQrCodePreciseDetector;
import boofcv.abst.fiducial.QrCodePreciseDetector;
import boofcv.alg.fiducial.aztec.AztecCode;
import boofcv.alg.fiducial.microqr.MicroQrCode;
import boofcv.alg.fiducial.qrcode.QrCode;
import boofcv.factory.fiducial.FactoryFiducial;
import boofcv.struct.image.GrayU8;
import dev.framecode.Barcode;
import dev.framecode.BarcodeFormat;
import dev.framecode.Decoder;
import dev.framecode.Detection;
import dev.framecode.Frame;
import dev.framecode.Point;
import dev.framecode.Quad;
import georegression.struct.shapes.Polygon2D_F64;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A {@link Decoder} on BoofCV for QR codes, Micro QR codes and Aztec codes. BoofCV locates these
 * symbols differently from ZXing and reads some that ZXing misses, Micro QR among them, so it is
 * most useful behind a ZXing decoder in a {@link dev.framecode.CompositeDecoder}.
 *
 * <p>Thread-safe: BoofCV's detectors keep state, so each thread gets detectors of its own. Holds no
 * native resources.
 */
public final class BoofcvDecoder implements Decoder {

  /** The formats this decoder can read. */
  public static final Set<BarcodeFormat> SUPPORTED =
      Set.copyOf(
          EnumSet.of(BarcodeFormat.QR_CODE, BarcodeFormat.MICRO_QR_CODE, BarcodeFormat.AZTEC));

  /** The time one call spends on rescaled copies after the image as it is reads nothing. */
  public static final Duration DEFAULT_TIME_BUDGET = Duration.ofMillis(400);

  /** Images whose long side is at most this are read enlarged pixel by pixel, with a margin. */
  private static final int TINY_SIDE = 100;

  private final Set<BarcodeFormat> formats;
  private final Duration timeBudget;
  private final ThreadLocal<Detectors> detectors = ThreadLocal.withInitial(Detectors::new);

  /** Creates a decoder for every format it supports. */
  public BoofcvDecoder() {
    this(SUPPORTED);
  }

  /**
   * Creates a decoder for those of {@code formats} that it supports; asked for none of them, it
   * reads nothing.
   *
   * @param formats the formats to read; those BoofCV does not read are ignored
   */
  public BoofcvDecoder(Set<BarcodeFormat> formats) {
    this(formats, DEFAULT_TIME_BUDGET);
  }

  /**
   * Creates a decoder for those of {@code formats} that it supports, which reads a frame as it is
   * and then, while {@code timeBudget} lasts, rescaled copies of it: halved for large symbols,
   * enlarged two and four times for small ones, and, for images of at most 100 pixels a side,
   * enlarged pixel by pixel with a white margin, since such images are usually symbols rendered one
   * pixel per module without a quiet zone.
   *
   * @param formats the formats to read; those BoofCV does not read are ignored
   * @param timeBudget how long one call may go on trying rescaled copies; zero for none
   */
  public BoofcvDecoder(Set<BarcodeFormat> formats, Duration timeBudget) {
    Objects.requireNonNull(formats, "formats");
    Objects.requireNonNull(timeBudget, "timeBudget");
    if (timeBudget.isNegative()) {
      throw new IllegalArgumentException("timeBudget must not be negative, got " + timeBudget);
    }
    EnumSet<BarcodeFormat> wanted = EnumSet.noneOf(BarcodeFormat.class);
    wanted.addAll(formats);
    wanted.retainAll(SUPPORTED);
    this.formats = Set.copyOf(wanted);
    this.timeBudget = timeBudget;
  }

  /** {@return the formats this decoder looks for} */
  public Set<BarcodeFormat> formats() {
    return formats;
  }

  /**
   * {@inheritDoc}
   *
   * <p>A region whose label names a format this decoder does not look for (see {@link
   * Detection#format()}) is not read at all.
   */
  @Override
  public List<Barcode> decode(Frame frame, Detection region) {
    Optional<BarcodeFormat> named = region.format();
    if (named.isPresent() && !formats.contains(named.get())) {
      return List.of();
    }
    return Decoder.super.decode(frame, region);
  }

  @Override
  public List<Barcode> decode(Frame frame) {
    if (formats.isEmpty()) {
      return List.of();
    }
    long deadline = System.nanoTime() + timeBudget.toNanos();
    GrayU8 image = new GrayU8(frame.width(), frame.height());
    System.arraycopy(frame.toGray(), 0, image.data, 0, frame.width() * frame.height());
    Detectors d = detectors.get();
    List<Barcode> found = read(d, image, Rescaled.NONE, frame);
    for (Rescaled rescaled : Rescaled.ladder(frame.width(), frame.height())) {
      if (!found.isEmpty() || System.nanoTime() > deadline) {
        break;
      }
      found = read(d, rescaled.apply(image), rescaled, frame);
    }
    return found;
  }

  private List<Barcode> read(Detectors d, GrayU8 image, Rescaled rescaled, Frame frame) {
    List<Barcode> found = new ArrayList<>();
    if (formats.contains(BarcodeFormat.QR_CODE)) {
      d.qr.process(image);
      for (QrCode qr : d.qr.getDetections()) {
        add(found, qr.message, BarcodeFormat.QR_CODE, qr.bounds, rescaled, frame);
      }
    }
    if (formats.contains(BarcodeFormat.MICRO_QR_CODE)) {
      d.microQr.process(image);
      for (MicroQrCode qr : d.microQr.getDetections()) {
        add(found, qr.message, BarcodeFormat.MICRO_QR_CODE, qr.bounds, rescaled, frame);
      }
    }
    if (formats.contains(BarcodeFormat.AZTEC)) {
      d.aztec.process(image);
      for (AztecCode aztec : d.aztec.getDetections()) {
        add(found, aztec.message, BarcodeFormat.AZTEC, aztec.bounds, rescaled, frame);
      }
    }
    return found;
  }

  private static void add(
      List<Barcode> found,
      String text,
      BarcodeFormat format,
      Polygon2D_F64 bounds,
      Rescaled rescaled,
      Frame frame) {
    if (text == null || text.isEmpty() || bounds.size() != 4) {
      return;
    }
    Quad corners =
        new Quad(
            rescaled.toFrame(bounds, 0),
            rescaled.toFrame(bounds, 1),
            rescaled.toFrame(bounds, 2),
            rescaled.toFrame(bounds, 3));
    found.add(new Barcode(text, null, format, corners, frame.index(), frame.timestampMicros()));
  }

  /**
   * A copy of the image with a white margin, then scaled: enlarged by repeating pixels, or halved
   * by averaging them.
   */
  private record Rescaled(int margin, int enlarge, boolean halve) {
    static final Rescaled NONE = new Rescaled(0, 1, false);

    static List<Rescaled> ladder(int width, int height) {
      int longSide = Math.max(width, height);
      List<Rescaled> ladder = new ArrayList<>();
      if (longSide <= TINY_SIDE) {
        int margin = Math.max(4, Math.min(width, height) / 4);
        ladder.add(new Rescaled(margin, (int) Math.ceil(TINY_SIDE * 2.0 / longSide), false));
        return ladder;
      }
      if (longSide >= 400) {
        ladder.add(new Rescaled(0, 1, true));
      }
      if (longSide <= 1000) {
        ladder.add(new Rescaled(0, 2, false));
      }
      if (longSide <= 800) {
        ladder.add(new Rescaled(0, 4, false));
      }
      return ladder;
    }

    GrayU8 apply(GrayU8 image) {
      return halve ? halved(image) : enlarged(image, margin, enlarge);
    }

    Point toFrame(Polygon2D_F64 polygon, int i) {
      double scale = halve ? 2 : 1.0 / enlarge;
      return new Point(polygon.get(i).x * scale - margin, polygon.get(i).y * scale - margin);
    }

    private static GrayU8 enlarged(GrayU8 image, int margin, int factor) {
      int w = (image.width + 2 * margin) * factor;
      int h = (image.height + 2 * margin) * factor;
      GrayU8 out = new GrayU8(w, h);
      Arrays.fill(out.data, (byte) 255);
      for (int y = 0; y < image.height * factor; y++) {
        int row = (y + margin * factor) * w + margin * factor;
        int source = (y / factor) * image.width;
        for (int x = 0; x < image.width * factor; x++) {
          out.data[row + x] = image.data[source + x / factor];
        }
      }
      return out;
    }

    private static GrayU8 halved(GrayU8 image) {
      GrayU8 out = new GrayU8(image.width / 2, image.height / 2);
      for (int y = 0; y < out.height; y++) {
        int top = 2 * y * image.width;
        int bottom = top + image.width;
        for (int x = 0; x < out.width; x++) {
          int sum =
              (image.data[top + 2 * x] & 0xFF)
                  + (image.data[top + 2 * x + 1] & 0xFF)
                  + (image.data[bottom + 2 * x] & 0xFF)
                  + (image.data[bottom + 2 * x + 1] & 0xFF);
          out.data[y * out.width + x] = (byte) (sum / 4);
        }
      }
      return out;
    }
  }

  /** One thread's detectors. */
  private static final class Detectors {
    final QrCodePreciseDetector<GrayU8> qr = FactoryFiducial.qrcode(null, GrayU8.class);
    final MicroQrCodePreciseDetector<GrayU8> microQr = FactoryFiducial.microqr(null, GrayU8.class);
    final AztecCodePreciseDetector<GrayU8> aztec = FactoryFiducial.aztec(null, GrayU8.class);
  }
}
