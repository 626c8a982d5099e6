package dev.framecode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

class FrameTest {

  @Test
  void computesLuminanceFromBgrAndRgbAlike() {
    byte[] bgr = {(byte) 10, (byte) 200, (byte) 30};
    byte[] rgb = {(byte) 30, (byte) 200, (byte) 10};

    Frame fromBgr = Frame.wrap(bgr, 1, 1, PixelFormat.BGR24);
    Frame fromRgb = Frame.wrap(rgb, 1, 1, PixelFormat.RGB24);

    // BT.601 in 8-bit fixed point: (77 * 30 + 150 * 200 + 29 * 10 + 128) >> 8 = 127
    assertThat(fromBgr.luminance(0, 0)).isEqualTo(127);
    assertThat(fromRgb.luminance(0, 0)).isEqualTo(127);
    assertThat(fromBgr.toGray()).containsExactly((byte) 127);
  }

  @Test
  void cropIsAViewThatSharesPixelsAndRestartsCoordinates() {
    byte[] gray = new byte[4 * 3];
    for (int i = 0; i < gray.length; i++) {
      gray[i] = (byte) i;
    }
    Frame frame = Frame.wrap(gray, 4, 3, PixelFormat.GRAY8).at(7, 280_000);

    Frame crop = frame.crop(1, 1, 2, 2);

    assertThat(crop.width()).isEqualTo(2);
    assertThat(crop.stride()).isEqualTo(4);
    assertThat(crop.luminance(0, 0)).isEqualTo(5);
    assertThat(crop.luminance(1, 1)).isEqualTo(10);
    assertThat(crop.toGray()).containsExactly(5, 6, 9, 10);
    assertThat(crop.index()).isEqualTo(7);
    assertThat(crop.timestampSeconds()).isEqualTo(0.28);
  }

  @Test
  void copyOfIsNotChangedByLaterWritesToTheSourceArray() {
    byte[] gray = {1, 2, 3, 4};
    Frame frame = Frame.copyOf(gray, 2, 2, PixelFormat.GRAY8);

    gray[0] = 99;

    assertThat(frame.luminance(0, 0)).isEqualTo(1);
  }

  @Test
  void pixelBufferIsReadOnlyAndStartsAtTheTopLeftPixel() {
    byte[] gray = {0, 1, 2, 3, 4, 5, 6, 7, 8};
    Frame crop = Frame.wrap(gray, 3, 3, PixelFormat.GRAY8).crop(1, 1, 2, 2);

    ByteBuffer pixels = crop.pixels();

    assertThat(pixels.isReadOnly()).isTrue();
    assertThat(pixels.get(0)).isEqualTo((byte) 4);
    assertThat(pixels.get(crop.stride() + 1)).isEqualTo((byte) 8);
  }

  @Test
  void packedBytesDropRowPadding() {
    byte[] padded = {1, 2, 3, 0, 4, 5, 6, 0};
    Frame frame = Frame.wrap(padded, 0, 4, 1, 2, PixelFormat.BGR24);

    assertThat(frame.toPackedBytes()).containsExactly(1, 2, 3, 4, 5, 6);
  }

  @Test
  void rejectsAnArrayTooSmallForTheGeometryWithTheNumbers() {
    assertThatThrownBy(() -> Frame.wrap(new byte[10], 4, 4, PixelFormat.GRAY8))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs 16 bytes, the array has 10");
  }

  @Test
  void rejectsACropOutsideTheFrame() {
    Frame frame = Frame.wrap(new byte[16], 4, 4, PixelFormat.GRAY8);

    assertThatThrownBy(() -> frame.crop(2, 2, 3, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not fit in a 4 x 4 frame");
  }
}
