package dev.framecode.video;

import static org.assertj.core.api.Assertions.assertThat;

import dev.framecode.Barcode;
import dev.framecode.BarcodeFormat;
import dev.framecode.Quad;
import dev.framecode.Rect;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrackerTest {

  private final Tracker tracker = new Tracker(VideoScanOptions.defaults());

  private static Barcode itf(Rect band, long frame) {
    return new Barcode("070429", null, BarcodeFormat.ITF, Quad.of(band), frame, frame * 40_000);
  }

  private void readTwiceInTenFrames(Rect first, Rect second) {
    for (long frame = 0; frame < 10; frame++) {
      tracker.begin(frame, frame * 40_000);
      tracker.observeReads(List.of(itf(first, frame), itf(second, frame)));
      tracker.end();
    }
  }

  @Test
  void countsOneTallCodeReadAlongTwoOverlappingScanBandsAsOneInstance() {
    // One tall code read twice in each frame, along two scan lines 22 pixels apart: the bands
    // overlap by a quarter of their height, too little for the reads to look like one place.
    readTwiceInTenFrames(new Rect(200, 118, 80, 30), new Rect(200, 140, 80, 30));

    assertThat(tracker.codes())
        .extracting(VideoCode::text, VideoCode::instances)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("070429", 1));
  }

  @Test
  void countsTheSameCodeOnTwoLabelsApartAsTwoInstances() {
    readTwiceInTenFrames(new Rect(100, 118, 80, 30), new Rect(300, 118, 80, 30));

    assertThat(tracker.codes())
        .extracting(VideoCode::text, VideoCode::instances)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("070429", 2));
  }
}
