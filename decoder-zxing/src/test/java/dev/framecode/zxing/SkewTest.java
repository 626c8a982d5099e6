package dev.framecode.zxing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.framecode.BarcodeFormat;
import dev.framecode.Frame;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SkewTest {

  private static GrayImage rendered(BarcodeFormat format, String text) {
    Frame frame = RenderedCodes.render(format, text, 0);
    return GrayImage.of(frame.toGray(), frame.width(), frame.height());
  }

  @ParameterizedTest
  @CsvSource({
    "CODE_128, 0",
    "CODE_128, 12",
    "CODE_128, -20",
    "CODE_128, 40",
    "DATA_MATRIX, 17",
    "DATA_MATRIX, -33",
    "QR_CODE, 25"
  })
  void measuresTheTiltOfLinearAndMatrixCodes(BarcodeFormat format, double tilt) {
    GrayImage code =
        rendered(format, format == BarcodeFormat.CODE_128 ? "FGGQ6D1" : "tilted code").rotate(tilt);

    Skew skew = Skew.of(code, 1);

    assertThat(skew.degrees()).isCloseTo(tilt, within(2.0));
    assertThat(skew.agreement()).isGreaterThan(0.2);
    GrayImage upright = code.rotate(-skew.degrees());
    assertThat(Skew.of(upright, 1).degrees()).isCloseTo(0, within(2.0));
  }

  @ParameterizedTest
  @CsvSource({"0", "255"})
  void findsNoTiltInAFlatImage(int level) {
    byte[] flat = new byte[100 * 80];
    Arrays.fill(flat, (byte) level);

    assertThat(Skew.of(GrayImage.of(flat, 100, 80), 1)).isEqualTo(Skew.NONE);
  }
}
