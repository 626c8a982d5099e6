package dev.framecode.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.framecode.Barcode;
import dev.framecode.Detection;
import dev.framecode.Frame;
import dev.framecode.Rect;
import dev.framecode.zxing.ZxingDecoder;
import dev.framecode.zxing.ZxingDecoderOptions;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The benchmark frames hold what the benchmarks claim, so the timings measure real reads. */
class ScenesTest {

  private final ZxingDecoder decoder =
      new ZxingDecoder(ZxingDecoderOptions.builder().timeBudget(Duration.ofSeconds(60)).build());

  @Test
  void aFullHdSceneHoldsItsCodesReadableOnTheWholeFrame() {
    Frame frame = Scenes.render(Scenes.Resolution.FULL_HD, true);

    // ZXing's Data Matrix locator works from the image centre outwards and misses the small
    // Data Matrix in a corner of a whole frame; a detector's region finds it (next test).
    assertThat(decoder.decode(frame))
        .extracting(Barcode::text)
        .containsExactlyInAnyOrder(Scenes.TEXTS[0], Scenes.TEXTS[1], Scenes.TEXTS[2]);
  }

  @Test
  void theDataMatrixReadsInItsRegion() {
    Frame frame = Scenes.render(Scenes.Resolution.FULL_HD, true);
    Detection region = new Detection(new Rect(0.15 * 1920, 0.7 * 1080, 120, 120), 0.9f, 0, "2d");

    assertThat(decoder.decode(frame, region))
        .extracting(Barcode::text)
        .containsExactly(Scenes.TEXTS[3]);
  }

  @Test
  void scenesHaveTheirResolutionAndRenderTheSameEachTime() {
    Frame a = Scenes.render(Scenes.Resolution.HD, false);
    Frame b = Scenes.render(Scenes.Resolution.HD, false);

    assertThat(a.width()).isEqualTo(1280);
    assertThat(a.height()).isEqualTo(720);
    assertThat(a.toPackedBytes()).isEqualTo(b.toPackedBytes());
  }
}
