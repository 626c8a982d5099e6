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
import java.util.ArrayList;
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

  private final Set<BarcodeFormat> formats;
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
    Objects.requireNonNull(formats, "formats");
    EnumSet<BarcodeFormat> wanted = EnumSet.noneOf(BarcodeFormat.class);
    wanted.addAll(formats);
    wanted.retainAll(SUPPORTED);
    this.formats = Set.copyOf(wanted);
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
    GrayU8 image = new GrayU8(frame.width(), frame.height());
    System.arraycopy(frame.toGray(), 0, image.data, 0, frame.width() * frame.height());
    Detectors d = detectors.get();
    List<Barcode> found = new ArrayList<>();
    if (formats.contains(BarcodeFormat.QR_CODE)) {
      d.qr.process(image);
      for (QrCode qr : d.qr.getDetections()) {
        add(found, qr.message, BarcodeFormat.QR_CODE, qr.bounds, frame);
      }
    }
    if (formats.contains(BarcodeFormat.MICRO_QR_CODE)) {
      d.microQr.process(image);
      for (MicroQrCode qr : d.microQr.getDetections()) {
        add(found, qr.message, BarcodeFormat.MICRO_QR_CODE, qr.bounds, frame);
      }
    }
    if (formats.contains(BarcodeFormat.AZTEC)) {
      d.aztec.process(image);
      for (AztecCode aztec : d.aztec.getDetections()) {
        add(found, aztec.message, BarcodeFormat.AZTEC, aztec.bounds, frame);
      }
    }
    return found;
  }

  private static void add(
      List<Barcode> found, String text, BarcodeFormat format, Polygon2D_F64 bounds, Frame frame) {
    if (text == null || bounds.size() != 4) {
      return;
    }
    Quad corners = new Quad(point(bounds, 0), point(bounds, 1), point(bounds, 2), point(bounds, 3));
    found.add(new Barcode(text, null, format, corners, frame.index(), frame.timestampMicros()));
  }

  private static Point point(Polygon2D_F64 polygon, int i) {
    return new Point(polygon.get(i).x, polygon.get(i).y);
  }

  /** One thread's detectors. */
  private static final class Detectors {
    final QrCodePreciseDetector<GrayU8> qr = FactoryFiducial.qrcode(null, GrayU8.class);
    final MicroQrCodePreciseDetector<GrayU8> microQr = FactoryFiducial.microqr(null, GrayU8.class);
    final AztecCodePreciseDetector<GrayU8> aztec = FactoryFiducial.aztec(null, GrayU8.class);
  }
}
