package dev.framecode.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.framecode.Frame;
import dev.framecode.PixelFormat;
import dev.framecode.Rect;
import java.nio.FloatBuffer;
import org.junit.jupiter.api.Test;

class LetterboxTest {

  @Test
  void wideFrameIsPaddedAboveAndBelow() {
    Letterbox box = Letterbox.fit(1920, 1080, 320, 320);

    assertThat(box.scaledWidth()).isEqualTo(320);
    assertThat(box.scaledHeight()).isEqualTo(180);
    assertThat(box.left()).isZero();
    assertThat(box.top()).isEqualTo(70);
  }

  @Test
  void tallFrameIsPaddedLeftAndRight() {
    Letterbox box = Letterbox.fit(1080, 1920, 320, 320);

    assertThat(box.scaledWidth()).isEqualTo(180);
    assertThat(box.left()).isEqualTo(70);
    assertThat(box.top()).isZero();
  }

  @Test
  void toFrameInvertsTheScalingOnEachAxis() {
    Letterbox box = Letterbox.fit(1000, 333, 320, 320);

    Rect r = box.toFrame(box.left(), box.top(), box.left() + 32, box.top() + 10);

    assertThat(r.x()).isCloseTo(0, within(1e-9));
    assertThat(r.y()).isCloseTo(0, within(1e-9));
    assertThat(r.width()).isCloseTo(32 * 1000.0 / 320, within(1e-9));
    assertThat(r.height()).isCloseTo(10 * 333.0 / box.scaledHeight(), within(1e-9));
  }

  @Test
  void toFrameClipsBoxesThatReachIntoThePadding() {
    Letterbox box = Letterbox.fit(640, 320, 320, 320);

    Rect r = box.toFrame(-10, 0, 100, 100);

    assertThat(r.x()).isZero();
    assertThat(r.y()).isZero();
    assertThat(r.maxY()).isCloseTo(40, within(1e-9));
  }

  @Test
  void fillWritesPlanarRgbAndGreyPadding() {
    byte[] bgr = new byte[8 * 4 * 3];
    for (int i = 0; i < bgr.length; i += 3) {
      bgr[i] = (byte) 255; // blue
      bgr[i + 2] = (byte) 51; // red
    }
    Frame frame = Frame.wrap(bgr, 8, 4, PixelFormat.BGR24);
    Letterbox box = Letterbox.fit(8, 4, 16, 16);
    FloatBuffer out = FloatBuffer.allocate(3 * 16 * 16);

    box.fill(frame, out);

    int inside = 8 * 16 + 8;
    assertThat(out.get(inside)).isCloseTo(0.2f, within(1e-6f));
    assertThat(out.get(256 + inside)).isZero();
    assertThat(out.get(512 + inside)).isCloseTo(1f, within(1e-6f));
    assertThat(out.get(0)).isCloseTo(114 / 255f, within(1e-6f));
    assertThat(out.get(512 + 15 * 16 + 15)).isCloseTo(114 / 255f, within(1e-6f));
  }

  @Test
  void shrinkingAveragesThePixelsUnderEachInputPixel() {
    byte[] gray = {0, (byte) 255, 0, (byte) 255};
    Frame frame = Frame.wrap(gray, 4, 1, PixelFormat.GRAY8);
    Letterbox box = Letterbox.fit(4, 1, 2, 2);
    FloatBuffer out = FloatBuffer.allocate(3 * 2 * 2);

    box.fill(frame, out);

    assertThat(box.scaledWidth()).isEqualTo(2);
    assertThat(out.get(box.top() * 2)).isCloseTo(0.5f, within(1e-6f));
  }
}
