package dev.framecode.zxing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GrayImageTest {

  private static GrayImage ramp(int width, int height) {
    byte[] pixels = new byte[width * height];
    for (int i = 0; i < pixels.length; i++) {
      pixels[i] = (byte) (i % 251);
    }
    return GrayImage.of(pixels, width, height);
  }

  @Test
  void pointsOfACropPaddedScaledAndTurnedVariantMapBackToFramePixels() {
    GrayImage variant = ramp(200, 100).crop(50, 20, 100, 60).pad(10).scale(2).rotate(90);

    // The crop's top left corner, (50, 20) in the frame, sits at (10, 10) after padding,
    // (20, 20) after scaling, and a quarter turn clockwise on a 160 x 240 canvas.
    Affine map = variant.toFrame();
    double x = variant.width() - 1 - 20.0 + 0.5;
    double y = 20.0 - 0.5;

    assertThat(map.x(x, y)).isCloseTo(50.0, within(1.0));
    assertThat(map.y(x, y)).isCloseTo(20.0, within(1.0));
  }

  @Test
  void shrinkingAveragesPixels() {
    GrayImage image = GrayImage.of(new byte[] {0, (byte) 200, 100, (byte) 100}, 2, 2);

    GrayImage half = image.scale(0.5);

    assertThat(half.width()).isEqualTo(1);
    assertThat(half.pixels()[0] & 0xFF).isEqualTo(100);
  }

  @Test
  void turningKeepsTheWholeImageOnALargerCanvas() {
    GrayImage turned = ramp(100, 40).rotate(30);

    assertThat(turned.width()).isEqualTo((int) Math.ceil(100 * Math.cos(Math.PI / 6) + 40 * 0.5));
    assertThat(turned.height()).isEqualTo((int) Math.ceil(100 * 0.5 + 40 * Math.cos(Math.PI / 6)));
  }

  @Test
  void padsAndTurnsInThePaperToneNotPureWhite() {
    // Mostly grey paper at 180 with a tenth of dark ink: the border takes the paper's tone.
    byte[] pixels = new byte[100 * 100];
    java.util.Arrays.fill(pixels, (byte) 180);
    java.util.Arrays.fill(pixels, 0, 1000, (byte) 20);
    GrayImage image = GrayImage.of(pixels, 100, 100);

    assertThat(image.paper() & 0xFF).isEqualTo(180);
    assertThat(image.pad(5).pixels()[0] & 0xFF).isEqualTo(180);
    assertThat(image.rotate(45).pixels()[0] & 0xFF).isEqualTo(180);
  }
}
