package dev.framecode.awt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.framecode.Annotation;
import dev.framecode.Frame;
import dev.framecode.PixelFormat;
import dev.framecode.Quad;
import dev.framecode.Rect;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AwtAnnotatorTest {

  private static final int WIDTH = 200;
  private static final int HEIGHT = 120;
  private static final Annotation BOX =
      new Annotation(Quad.of(new Rect(50, 40, 80, 60)), "QR_CODE hello");

  private static Frame white(PixelFormat format) {
    byte[] pixels = new byte[WIDTH * HEIGHT * format.bytesPerPixel()];
    Arrays.fill(pixels, (byte) 255);
    return Frame.wrap(pixels, WIDTH, HEIGHT, format).at(7, 280_000);
  }

  @Test
  void outlinesTheQuadInGreen() {
    Frame drawn = new AwtAnnotator().draw(white(PixelFormat.BGR24), List.of(BOX));

    // The left edge of the box, halfway down: green, no red or blue.
    assertThat(drawn.sample(50, 70, 0)).isLessThan(60);
    assertThat(drawn.sample(50, 70, 1)).isGreaterThan(180);
    assertThat(drawn.sample(50, 70, 2)).isLessThan(60);
    // Inside the box nothing is drawn.
    assertThat(drawn.luminance(90, 70)).isEqualTo(255);
  }

  @Test
  void writesTheLabelOnADarkBandAboveTheOutline() {
    Frame drawn = new AwtAnnotator().draw(white(PixelFormat.BGR24), List.of(BOX));

    long dark = 0;
    for (int x = 50; x < 130; x++) {
      for (int y = 0; y < 38; y++) {
        if (drawn.luminance(x, y) < 128) {
          dark++;
        }
      }
    }
    assertThat(dark).isGreaterThan(100);
  }

  @Test
  void leavesTheFrameGivenUnchanged() {
    Frame frame = white(PixelFormat.BGR24);

    new AwtAnnotator().draw(frame, List.of(BOX));

    assertThat(frame.toPackedBytes()).containsOnly((byte) 255);
  }

  @Test
  void keepsIndexTimestampAndSize() {
    Frame drawn = new AwtAnnotator().draw(white(PixelFormat.RGB24), List.of(BOX));

    assertThat(drawn.index()).isEqualTo(7);
    assertThat(drawn.timestampMicros()).isEqualTo(280_000);
    assertThat(drawn.width()).isEqualTo(WIDTH);
    assertThat(drawn.height()).isEqualTo(HEIGHT);
    assertThat(drawn.format()).isEqualTo(PixelFormat.BGR24);
  }

  @Test
  void drawsGrayOnGrayFrames() {
    Frame drawn = new AwtAnnotator().draw(white(PixelFormat.GRAY8), List.of(BOX));

    assertThat(drawn.format()).isEqualTo(PixelFormat.GRAY8);
    assertThat(drawn.luminance(50, 70)).isLessThan(255);
  }

  @Test
  void drawsNothingWithoutAnnotations() {
    Frame drawn = new AwtAnnotator().draw(white(PixelFormat.BGR24), List.of());

    assertThat(drawn.toPackedBytes()).containsOnly((byte) 255);
  }
}
