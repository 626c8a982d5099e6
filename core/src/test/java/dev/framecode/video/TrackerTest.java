package dev.framecode.video;

import static org.assertj.core.api.Assertions.assertThat;

import dev.framecode.Barcode;
import dev.framecode.BarcodeFormat;
import dev.framecode.Detection;
import dev.framecode.Quad;
import dev.framecode.Rect;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
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
    // Lines 25 pixels apart: the bands overlap by a sixth of their height.
    "200, 143, 1",
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

  private static final Rect FRAME = new Rect(0, 0, 640, 480);

  /** Detects {@code boxes} in frame {@code frame}, then asks what to decode and reads nothing. */
  private List<Tracker.Request> detectAndFail(long frame, Rect... boxes) {
    tracker.begin(frame, frame * 40_000, FRAME);
    List<Detection> detections = new ArrayList<>();
    for (Rect box : boxes) {
      detections.add(new Detection(box, 0.9f, 0, "barcode"));
    }
    tracker.observeDetections(detections);
    List<Tracker.Request> requests = tracker.regionsToDecode();
    for (Tracker.Request request : requests) {
      tracker.observeRegion(request, List.of());
    }
    tracker.end();
    return requests;
  }

  @ParameterizedTest(name = "box at x={0}, growing {1} a frame: {2} attempts in 31 frames")
  @CsvSource({
    // Wholly in view: tried in frames 1, 3, 6, 10, 15, 21 and 28, backing off one frame a miss.
    "300, 0, 7",
    // Cut by the right edge of the 640-pixel frame: tried only once a re-check interval (30).
    "560, 0, 1",
    // Near the left edge and growing, as a code moving into view does: as if cut.
    "20, 0.06, 1",
    // As near the edge, but keeping its size: a code that is wholly in view.
    "20, 0, 7"
  })
  void triesACodeCutByTheFrameEdgeRarely(double x, double growth, int attempts) {
    int made = 0;
    for (long frame = 0; frame <= 30; frame++) {
      double scale = Math.pow(1 + growth, frame);
      made += detectAndFail(frame, new Rect(x, 200, 80 * scale, 40 * scale)).size();
    }

    assertThat(made).isEqualTo(attempts);
  }

  @Test
  void keepsCountingAttemptsAtACodeThatReadsOnlyOnce() {
    tracker.begin(0, 0, FRAME);
    tracker.observeDetections(List.of(new Detection(new Rect(300, 200, 80, 40), 0.9f, 0, "x")));
    tracker.end();
    List<Integer> counted = new ArrayList<>();
    for (long frame = 1; frame <= 12; frame++) {
      tracker.begin(frame, frame * 40_000, FRAME);
      for (Tracker.Request request : tracker.regionsToDecode()) {
        counted.add(request.earlierAttempts());
        // The first attempt reads the code once, short of confirmation; the rest read nothing.
        tracker.observeRegion(
            request,
            counted.size() == 1 ? List.of(itf(new Rect(305, 205, 70, 30), frame)) : List.of());
      }
      tracker.end();
    }

    // A decoder spreading its effort goes on where it stopped, the read notwithstanding.
    assertThat(counted).startsWith(0, 1, 2, 3);
    assertThat(counted).isSorted().doesNotHaveDuplicates();
  }

  @Test
  void triesTheTighterBoxInsideAFailingCodeEveryOtherAttempt() {
    Rect label = new Rect(100, 100, 300, 200);
    Rect code = new Rect(150, 150, 120, 50);
    detectAndFail(0, label, code);

    List<Rect> regions = new ArrayList<>();
    for (long frame = 1; frame < 6; frame++) {
      for (Tracker.Request request : detectAndFail(frame, label, code)) {
        regions.add(request.region());
      }
    }

    // The label is matched to its track and the code inside it noted; after the first miss the
    // code's own box is read, then the label's again.
    assertThat(regions).hasSizeGreaterThanOrEqualTo(3);
    assertThat(regions.get(0).contains(code.center())).isTrue();
    assertThat(regions.get(0).width()).isGreaterThanOrEqualTo(label.width());
    assertThat(regions.get(1).width()).isLessThan(label.width() / 2);
    assertThat(regions.get(1).intersect(code).area()).isEqualTo(code.area());
    assertThat(regions.get(2).width()).isGreaterThanOrEqualTo(label.width());
  }

  /**
   * Detects {@code box} in frame 0; in frame 1 decodes its track's region and reads {@code read}.
   */
  private Tracker.Request detectThenRead(Rect box, Barcode read) {
    tracker.begin(0, 0, FRAME);
    tracker.observeDetections(List.of(new Detection(box, 0.9f, 0, "x")));
    tracker.end();
    tracker.begin(1, 40_000, FRAME);
    Tracker.Request request = tracker.regionsToDecode().get(0);
    tracker.observeRegion(request, List.of(read));
    tracker.end();
    return request;
  }

  @Test
  void ignoresAReadWhollyOutsideTheRegionItWasAskedFor() {
    // Read along the strip across the region, but at the other side of the frame.
    Tracker.Request request =
        detectThenRead(new Rect(400, 200, 80, 40), itf(new Rect(20, 205, 80, 30), 1));

    assertThat(request.track().failedDecodes).isEqualTo(1);
    assertThat(request.track().box().x()).isEqualTo(400);
  }

  @Test
  void readsACodeReadOnceAgainForItsFormatAlone() {
    Tracker.Request first =
        detectThenRead(new Rect(300, 200, 80, 40), itf(new Rect(305, 205, 70, 30), 1));
    tracker.begin(2, 80_000, FRAME);
    List<Tracker.Request> next = tracker.regionsToDecode();
    tracker.end();

    assertThat(first.label()).isEqualTo("track");
    assertThat(next).extracting(Tracker.Request::label).containsExactly("ITF");
  }

  @Test
  void searchesNoFurtherThanACodesOwnSizeAfterAGap() {
    // Seen moving 30 pixels a frame, then lost for 20 frames.
    for (long frame = 0; frame < 4; frame++) {
      detectAndFail(frame, new Rect(100 + 30 * frame, 200, 60, 40));
    }
    List<Rect> regions = new ArrayList<>();
    for (long frame = 4; frame < 24; frame++) {
      for (Tracker.Request request : detectAndFail(frame)) {
        regions.add(request.region());
      }
    }

    // The motion would call for 600 pixels of slack; the search stops at the box's long side.
    assertThat(regions).isNotEmpty();
    assertThat(regions).allSatisfy(r -> assertThat(r.width()).isLessThanOrEqualTo(60 + 2 * 60));
  }
}
