package dev.framecode.boofcv;

import static org.assertj.core.api.Assertions.assertThat;

import boofcv.alg.fiducial.microqr.MicroQrCode;
import boofcv.alg.fiducial.microqr.MicroQrCodeEncoder;
import boofcv.alg.fiducial.microqr.MicroQrCodeGenerator;
import boofcv.struct.image.GrayU8;
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
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BoofcvDecoderTest {

  private final BoofcvDecoder decoder = new BoofcvDecoder();

  @Test
  void readsAQrCodeAndReportsItsCornersInFramePixels() throws WriterException {
    Frame frame = render(com.google.zxing.BarcodeFormat.QR_CODE, "boofcv reads this", 60);

    List<Barcode> found = decoder.decode(frame);

    assertThat(found)
        .extracting(Barcode::format, Barcode::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(BarcodeFormat.QR_CODE, "boofcv reads this"));
    Rect bounds = found.get(0).corners().bounds();
    assertThat(bounds.x()).isCloseTo(60.0, org.assertj.core.data.Offset.offset(4.0));
    assertThat(bounds.maxX())
        .isCloseTo(frame.width() - 60.0, org.assertj.core.data.Offset.offset(4.0));
  }

  @Test
  void readsAnAztecCode() throws WriterException {
    Frame frame = render(com.google.zxing.BarcodeFormat.AZTEC, "aztec via boofcv", 40);

    assertThat(decoder.decode(frame))
        .extracting(Barcode::format, Barcode::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(BarcodeFormat.AZTEC, "aztec via boofcv"));
  }

  @Test
  void readsNothingOnABlankFrameOrWhenAskedForNoFormatItKnows() throws WriterException {
    byte[] blank = new byte[200 * 200];
    Arrays.fill(blank, (byte) 230);
    Frame qr = render(com.google.zxing.BarcodeFormat.QR_CODE, "not wanted", 40);
    BoofcvDecoder linearOnly = new BoofcvDecoder(EnumSet.of(BarcodeFormat.EAN_13));

    assertThat(decoder.decode(Frame.wrap(blank, 200, 200, PixelFormat.GRAY8))).isEmpty();
    assertThat(linearOnly.formats()).isEmpty();
    assertThat(linearOnly.decode(qr)).isEmpty();
  }

  @Test
  void readsAMicroQrCodeRenderedOnePixelPerModuleWithoutAQuietZone() {
    MicroQrCode qr = new MicroQrCodeEncoder().addAutomatic("12345").fixate();
    GrayU8 image = MicroQrCodeGenerator.renderImage(1, 0, qr);
    Frame frame = Frame.wrap(image.data, image.width, image.height, PixelFormat.GRAY8);

    List<Barcode> found = decoder.decode(frame);

    assertThat(found)
        .extracting(Barcode::format, Barcode::text)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(BarcodeFormat.MICRO_QR_CODE, "12345"));
    Rect bounds = found.get(0).corners().bounds();
    assertThat(bounds.x()).isCloseTo(0.0, org.assertj.core.data.Offset.offset(1.5));
    assertThat(bounds.maxX()).isCloseTo(frame.width(), org.assertj.core.data.Offset.offset(1.5));
  }

  @Test
  void triesNoRescaledCopyWithoutATimeBudget() {
    MicroQrCode qr = new MicroQrCodeEncoder().addAutomatic("12345").fixate();
    GrayU8 image = MicroQrCodeGenerator.renderImage(1, 0, qr);
    Frame frame = Frame.wrap(image.data, image.width, image.height, PixelFormat.GRAY8);
    BoofcvDecoder asItIs = new BoofcvDecoder(BoofcvDecoder.SUPPORTED, Duration.ZERO);

    assertThat(asItIs.decode(frame)).isEmpty();
  }

  private static Frame render(com.google.zxing.BarcodeFormat format, String text, int margin)
      throws WriterException {
    BitMatrix probe =
        new MultiFormatWriter().encode(text, format, 1, 1, Map.of(EncodeHintType.MARGIN, 0));
    int size = probe.getWidth() * 6;
    BitMatrix matrix =
        new MultiFormatWriter().encode(text, format, size, size, Map.of(EncodeHintType.MARGIN, 0));
    int width = matrix.getWidth() + 2 * margin;
    int height = matrix.getHeight() + 2 * margin;
    byte[] gray = new byte[width * height];
    Arrays.fill(gray, (byte) 255);
    for (int y = 0; y < matrix.getHeight(); y++) {
      for (int x = 0; x < matrix.getWidth(); x++) {
        if (matrix.get(x, y)) {
          gray[(y + margin) * width + x + margin] = 0;
        }
      }
    }
    return Frame.wrap(gray, width, height, PixelFormat.GRAY8);
  }
}
