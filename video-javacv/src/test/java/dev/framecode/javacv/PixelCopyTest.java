package dev.framecode.javacv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

class PixelCopyTest {

  // A 3 x 2 gray image stored with rows 4 bytes apart:  1 2 3 / 4 5 6
  private static final ByteBuffer IMAGE = ByteBuffer.wrap(new byte[] {1, 2, 3, 0, 4, 5, 6, 0});

  @Test
  void copiesRowsWithoutTheirPadding() {
    assertThat(copy(0)).containsExactly(1, 2, 3, 4, 5, 6);
  }

  @Test
  void turnsAQuarterClockwise() {
    assertThat(copy(90)).containsExactly(4, 1, 5, 2, 6, 3);
  }

  @Test
  void turnsHalfway() {
    assertThat(copy(180)).containsExactly(6, 5, 4, 3, 2, 1);
  }

  @Test
  void turnsAQuarterCounterclockwise() {
    assertThat(copy(270)).containsExactly(3, 6, 2, 5, 1, 4);
  }

  @Test
  void keepsTheChannelsOfAPixelTogether() {
    ByteBuffer bgr = ByteBuffer.wrap(new byte[] {1, 2, 3, 4, 5, 6});

    byte[] turned = PixelCopy.copy(bgr, 6, 2, 1, 3, 90, new byte[6]);

    assertThat(turned).containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(PixelCopy.copy(bgr, 6, 2, 1, 3, 180, new byte[6])).containsExactly(4, 5, 6, 1, 2, 3);
  }

  private static byte[] copy(int degrees) {
    return PixelCopy.copy(IMAGE, 4, 3, 2, 1, degrees, new byte[6]);
  }
}
