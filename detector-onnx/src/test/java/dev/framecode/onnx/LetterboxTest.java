package dev.framecode.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.framecode.Frame;
import dev.framecode.PixelFormat;
import dev.framecode.Rect;
import java.nio.FloatBuffer;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

  @ParameterizedTest(name = "{0} x {1} into at most 320 x 320: {2} x {3}, scaled {4} x {5}")
  @CsvSource({
    // 16:9 scales to 320 x 180 and is padded to the next multiple of 32 only.
    "1920, 1080, 320, 192, 320, 180",
    "1080, 1920, 192, 320, 180, 320",
    // Square frames and exact multiples need no padding either way.
    "500, 500, 320, 320, 320, 320",
    "1280, 512, 320, 128, 320, 128",
    // Small frames are enlarged as for a fixed size.
    "100, 50, 320, 160, 320, 160"
  })
  void dynamicSizePadsOnlyToTheNextMultipleOfTheStride(
      int frameWidth, int frameHeight, int width, int height, int scaledWidth, int scaledHeight) {
    Letterbox box = Letterbox.fitDynamic(frameWidth, frameHeight, 320, 320, 32);

    assertThat(box.inputWidth()).isEqualTo(width);
    assertThat(box.inputHeight()).isEqualTo(height);
    assertThat(box.scaledWidth()).isEqualTo(scaledWidth);
    assertThat(box.scaledHeight()).isEqualTo(scaledHeight);
    assertThat(box.scaleX())
        .isEqualTo(Letterbox.fit(frameWidth, frameHeight, 320, 320).scaleX(), within(1e-9));
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

  @ParameterizedTest(name = "{0}x{1} {2} into {3}")
  @CsvSource({
    "97, 53, GRAY8, 16",
    "1000, 333, BGR24, 320",
    "2000, 50, RGB24, 32",
    "640, 480, GRAY8, 320",
    "300, 900, BGR24, 64"
  })
  void shrinkingAveragesTheDocumentedFootprintOfEveryInputPixel(
      int width, int height, PixelFormat format, int input) {
    Random random = new Random(width * 31L + height);
    int bpp = format.bytesPerPixel();
    byte[] pixels = new byte[(width + 7) * (height + 3) * bpp];
    random.nextBytes(pixels);
    // A crop, so that rows are further apart than a row's bytes.
    Frame frame = Frame.wrap(pixels, width + 7, height + 3, format).crop(5, 2, width, height);
    Letterbox box = Letterbox.fit(width, height, input, input);
    FloatBuffer out = FloatBuffer.allocate(3 * input * input);

    box.fill(frame, out);

    int plane = input * input;
    int[] channels =
        switch (format) {
          case GRAY8 -> new int[] {0, 0, 0};
          case RGB24 -> new int[] {0, 1, 2};
          case BGR24 -> new int[] {2, 1, 0};
        };
    for (int y = 0; y < box.scaledHeight(); y++) {
      for (int x = 0; x < box.scaledWidth(); x++) {
        int at = (box.top() + y) * input + box.left() + x;
        for (int c = 0; c < 3; c++) {
          assertThat(out.get(c * plane + at))
              .as("channel %d at %d,%d", c, x, y)
              .isCloseTo(footprintMean(frame, box, x, y, channels[c]), within(1e-5f));
        }
      }
    }
  }

  // Input pixel (x, y) covers [x / s, (x + 1) / s) of the frame along each axis; past 8 source
  // pixels, every (n / 4)th one is taken.
  private static float footprintMean(Frame frame, Letterbox box, int x, int y, int channel) {
    int[] cols = footprint(x, box.scaleX(), frame.width());
    int[] rows = footprint(y, box.scaleY(), frame.height());
    long sum = 0;
    int n = 0;
    for (int row : rows) {
      for (int col : cols) {
        sum += frame.sample(col, row, channel);
        n++;
      }
    }
    return sum / (255f * n);
  }

  private static int[] footprint(int i, double scale, int size) {
    int from = (int) Math.floor(i / scale);
    int to = Math.max(from + 1, Math.min(size, (int) Math.ceil((i + 1) / scale)));
    int step = Math.max(1, (to - from) / 4);
    return IntStream.iterate(from, v -> v < to, v -> v + step).toArray();
  }
}
