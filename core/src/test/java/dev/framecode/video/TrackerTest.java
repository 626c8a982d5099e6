package dev.framecode.video;

import static org.assertj.core.api.Assertions.assertThat;

import dev.framecode.Barcode;
import dev.framecode.BarcodeFormat;
import dev.framecode.Quad;
import dev.framecode.Rect;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrackerTest {

  private final Tracker tracker = new Tracker(VideoScanOptions.defaults());

  private static Barcode itf(Rect band, long frame) {
    return new Barcode("070429", null, BarcodeFormat.ITF, Quad.of(band), frame, frame * 40_000);
  }

  /**
   * Reads one payload twice in each of ten frames, along an 80 x 30 band at (200, 118) and another
   * at {@code (x, y)}.
   */
  @ParameterizedTest(name = "second band at ({0}, {1}): {2} instances")
  @CsvSource({
    // One tall code read along two scan lines 22 pixels apart: the bands overlap by a quarter of
    // their height, too little for the reads to look like one place, yet they are one code.
    "200, 140, 1",
    // The same code on two labels side by side.
    "300, 118, 2"
  })
  void countsPhysicalCopiesOfAPayloadReadTwiceAFrame(double x, double y, int instances) {
    for (long frame = 0; frame < 10; frame++) {
      tracker.begin(frame, frame * 40_000);
      tracker.observeReads(
          List.of(itf(new Rect(200, 118, 80, 30), frame), itf(new Rect(x, y, 80, 30), frame)));
      tracker.end();
    }

    assertThat(tracker.codes())
        .extracting(VideoCode::text, VideoCode::instances)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("070429", instances));
  }
}
