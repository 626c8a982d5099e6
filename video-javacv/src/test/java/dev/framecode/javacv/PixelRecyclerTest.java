package dev.framecode.javacv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.framecode.Frame;
import dev.framecode.PixelFormat;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PixelRecyclerTest {

  private final PixelRecycler recycler = new PixelRecycler();

  private Frame lend(byte[] pixels) {
    Frame frame = Frame.wrap(pixels, pixels.length, 1, PixelFormat.GRAY8);
    recycler.lend(frame, pixels);
    return frame;
  }

  @Test
  void givesBackTheArrayOfAFrameHandedBack() {
    byte[] pixels = new byte[16];
    Frame frame = lend(pixels);

    recycler.handBack(frame);

    assertThat(recycler.take(16)).isSameAs(pixels);
    assertThat(recycler.take(16)).isNull();
  }

  @Test
  void givesNothingForAFrameNotLentOrHandedBackTwice() {
    Frame frame = lend(new byte[16]);
    recycler.handBack(Frame.wrap(new byte[16], 16, 1, PixelFormat.GRAY8));
    assertThat(recycler.take(16)).isNull();

    recycler.handBack(frame);
    recycler.handBack(frame);
    assertThat(recycler.take(16)).isNotNull();
    assertThat(recycler.take(16)).isNull();
  }

  @Test
  void dropsAnArrayOfAnotherSize() {
    recycler.handBack(lend(new byte[16]));

    assertThat(recycler.take(32)).isNull();
    assertThat(recycler.take(16)).isNull();
  }

  @Test
  void takesBackOnlyTheLatestFramesAndKeepsFewArrays() {
    List<Frame> frames = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      frames.add(lend(new byte[16]));
    }
    // The first eight fell out of the window of 32; of the rest, eight arrays are kept.
    frames.forEach(recycler::handBack);

    int taken = 0;
    while (recycler.take(16) != null) {
      taken++;
    }
    assertThat(taken).isEqualTo(8);
    recycler.handBack(frames.get(0));
    assertThat(recycler.take(16)).isNull();
  }
}
