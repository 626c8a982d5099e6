package dev.framecode.video;

import static dev.framecode.video.FakeVideo.FRAME_MICROS;
import static dev.framecode.video.FakeVideo.ean8;
import static dev.framecode.video.FakeVideo.qr;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.framecode.Barcode;
import dev.framecode.BarcodeFormat;
import dev.framecode.Decoder;
import dev.framecode.Detection;
import dev.framecode.Detector;
import dev.framecode.Frame;
import dev.framecode.Rect;
import dev.framecode.UnreadableInputException;
import dev.framecode.video.FakeVideo.Placed;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(20)
class VideoScannerTest {

  private static final VideoScanOptions OPTIONS =
      VideoScanOptions.builder().fullFrameInterval(3).recheckInterval(4).decodeThreads(2).build();

  private static VideoReport scan(int frames, IntFunction<List<Placed>> script) {
    return scan(frames, new FakeVideo.ScriptedDecoder(script));
  }

  private static VideoReport scan(int frames, FakeVideo.ScriptedDecoder decoder) {
    return VideoScanner.builder(new FakeVideo.Source(frames), decoder)
        .options(OPTIONS)
        .build()
        .scan();
  }

  @Test
  void reportsAMovingCodeOnceWithWhenItWasFirstAndLastSeen() {
    VideoReport report =
        scan(60, i -> i >= 10 && i < 50 ? List.of(qr("moving", 20 + 8 * i, 100)) : List.of());

    assertThat(report.barcodes()).hasSize(1);
    VideoCode code = report.barcodes().get(0);
    assertThat(code.text()).isEqualTo("moving");
    assertThat(code.instances()).isEqualTo(1);
    assertThat(code.firstSeenMicros()).isBetween(10 * FRAME_MICROS, 12 * FRAME_MICROS);
    assertThat(code.lastSeenMicros()).isBetween(45 * FRAME_MICROS, 49 * FRAME_MICROS);
    assertThat(code.frames()).isBetween(35L, 40L);
    assertThat(report.tracks()).isEqualTo(1);
    assertThat(report.framesScanned()).isEqualTo(60);
  }

  @Test
  void countsTwoIdenticalLabelsSideBySideAsTwoInstances() {
    VideoReport report =
        scan(30, i -> List.of(qr("twin", 100, 100), qr("twin", 300, 100), qr("other", 500, 250)));

    assertThat(report.barcodes())
        .extracting(VideoCode::text, VideoCode::instances)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("twin", 2),
            org.assertj.core.groups.Tuple.tuple("other", 1));
  }

  @Test
  void suppressesAOneFrameMisreadOfALinearCode() {
    VideoReport report =
        scan(
            30,
            i -> {
              if (i == 9) {
                return List.of(ean8("96385074", 100, 100), ean8("11111115", 400, 200));
              }
              return List.of(ean8(i == 12 ? "96385081" : "96385074", 100, 100));
            });

    assertThat(report.barcodes()).extracting(VideoCode::text).containsExactly("96385074");
  }

  @Test
  void confirmsAnErrorCorrectedCodeReadOnceButNotALinearOne() {
    VideoReport report =
        scan(
            12, i -> i == 6 ? List.of(qr("flash", 50, 50), ean8("96385074", 300, 200)) : List.of());

    assertThat(report.barcodes()).extracting(VideoCode::text).containsExactly("flash");
  }

  @Test
  void picksACodeUpAgainByItsPayloadAfterAJump() {
    VideoReport report =
        scan(
            60,
            i -> {
              if (i < 20) {
                return List.of(qr("jumper", 50, 50));
              }
              return i < 30 ? List.of() : List.of(qr("jumper", 500, 250));
            });

    assertThat(report.barcodes()).hasSize(1);
    VideoCode code = report.barcodes().get(0);
    assertThat(code.instances()).isEqualTo(1);
    assertThat(code.firstSeenMicros()).isZero();
    assertThat(code.lastSeenMicros()).isGreaterThanOrEqualTo(55 * FRAME_MICROS);
    assertThat(report.tracks()).isEqualTo(1);
  }

  @Test
  void reportsCodesThatAppearAndLeaveInOrderOfAppearance() {
    VideoReport report =
        scan(
            90,
            i -> {
              List<Placed> shown = new ArrayList<>();
              if (i < 30) {
                shown.add(qr("early", 50, 50));
              }
              if (i >= 45) {
                shown.add(qr("late", 400, 200));
              }
              return shown;
            });

    assertThat(report.barcodes()).extracting(VideoCode::text).containsExactly("early", "late");
    assertThat(report.barcodes().get(0).lastSeenMicros()).isLessThan(30 * FRAME_MICROS);
    assertThat(report.barcodes().get(1).firstSeenMicros())
        .isBetween(45 * FRAME_MICROS, 47 * FRAME_MICROS);
  }

  @Test
  void tellsApartCodesThatReplaceEachOtherInPlace() {
    VideoReport report =
        scan(
            60,
            i ->
                i < 30
                    ? List.of(qr("same text", 200, 100))
                    : List.of(
                        new Placed("same text", BarcodeFormat.AZTEC, new Rect(200, 100, 60, 60))));

    assertThat(report.barcodes())
        .extracting(VideoCode::format)
        .containsExactly(BarcodeFormat.QR_CODE, BarcodeFormat.AZTEC);
    assertThat(report.barcodes().get(0).lastSeenMicros()).isLessThan(30 * FRAME_MICROS);
    assertThat(report.barcodes().get(1).firstSeenMicros())
        .isBetween(30 * FRAME_MICROS, 32 * FRAME_MICROS);
  }

  @Test
  void startsANewCodeWhenADetectedRegionNowReadsAnotherPayload() {
    Rect spot = new Rect(200, 100, 90, 60);
    IntFunction<List<Placed>> slides =
        i -> {
          int slide = i / 30;
          return List.of(
              switch (slide) {
                case 0 -> new Placed("first", BarcodeFormat.QR_CODE, spot);
                case 1 -> new Placed("second", BarcodeFormat.QR_CODE, spot);
                case 2 -> new Placed("24057257", BarcodeFormat.EAN_8, spot);
                default -> new Placed("005-3379", BarcodeFormat.CODE_128, spot);
              });
        };
    FakeVideo.ScriptedDecoder decoder = new FakeVideo.ScriptedDecoder(slides);

    VideoReport report =
        VideoScanner.builder(new FakeVideo.Source(120), decoder)
            .detector(new FakeVideo.ScriptedDetector(slides))
            .options(OPTIONS)
            .build()
            .scan();

    assertThat(report.barcodes())
        .extracting(VideoCode::text)
        .containsExactly("first", "second", "24057257", "005-3379");
    assertThat(report.barcodes()).allSatisfy(code -> assertThat(code.frames()).isBetween(20L, 30L));
    assertThat(report.barcodes().get(1).firstSeenMicros())
        .isBetween(30 * FRAME_MICROS, 34 * FRAME_MICROS);
    assertThat(decoder.wholeFrames.get()).isZero();
  }

  @Test
  void decodesWholeFramesOnlyEveryFewFramesAndSettledTracksOnlyNowAndThen() {
    FakeVideo.ScriptedDecoder decoder =
        new FakeVideo.ScriptedDecoder(i -> List.of(qr("steady", 200, 100)));

    VideoReport report = scan(60, decoder);

    assertThat(decoder.wholeFrames.get()).isEqualTo(20);
    assertThat(report.fullFrameDecodes()).isEqualTo(20);
    assertThat(decoder.regions.get()).isLessThan(10);
    assertThat(report.barcodes().get(0).frames()).isBetween(56L, 60L);
  }

  @Test
  void givesTheSameReportEveryTime() {
    IntFunction<List<Placed>> script =
        i -> List.of(qr("a", 10 + 5 * i, 40), ean8("96385074", 600 - 6 * i, 250));

    VideoReport first = scan(80, script);
    VideoReport second = scan(80, script);

    assertThat(second.barcodes()).isEqualTo(first.barcodes());
    assertThat(second.regionDecodes()).isEqualTo(first.regionDecodes());
  }

  @Test
  void tellsTheListenerAboutEveryFrameInOrder() {
    List<Long> frames = new ArrayList<>();
    AtomicReference<ScanProgress> last = new AtomicReference<>();
    VideoScanner.builder(
            new FakeVideo.Source(20), new FakeVideo.ScriptedDecoder(i -> List.of(qr("x", 5, 5))))
        .options(OPTIONS)
        .listener(
            new VideoScanListener() {
              @Override
              public void frameScanned(FrameEvent event) {
                frames.add(event.frameIndex());
              }

              @Override
              public void progress(ScanProgress progress) {
                last.set(progress);
              }
            })
        .build()
        .scan();

    assertThat(frames).hasSize(20).isSorted();
    assertThat(last.get().framesDone()).isEqualTo(20);
    assertThat(last.get().codesConfirmed()).isEqualTo(1);
    assertThat(last.get().fraction()).isEqualTo(1.0);
  }

  @Test
  void writesEveryFrameAnnotatedToTheSink() {
    FakeVideo.RecordingSink sink = new FakeVideo.RecordingSink();
    AtomicInteger labelled = new AtomicInteger();

    VideoScanner.builder(
            new FakeVideo.Source(25), new FakeVideo.ScriptedDecoder(i -> List.of(qr("x", 5, 5))))
        .options(OPTIONS)
        .sink(sink)
        .annotator(
            (frame, annotations) -> {
              labelled.addAndGet(annotations.size());
              return frame;
            })
        .build()
        .scan();

    assertThat(sink.written).hasSize(25).isSorted();
    assertThat(labelled.get()).isEqualTo(25);
  }

  @Test
  void handsEachFrameBackToTheSourceOnlyAfterDetectingAndDecodingIt() {
    FakeVideo.Source source = new FakeVideo.Source(40);
    AtomicInteger late = new AtomicInteger();
    IntFunction<List<Placed>> script = i -> List.of(qr("seen", 10 + 4 * i, 50));
    FakeVideo.ScriptedDecoder reads = new FakeVideo.ScriptedDecoder(script);
    FakeVideo.ScriptedDetector finds = new FakeVideo.ScriptedDetector(script);
    Decoder decoder =
        new Decoder() {
          @Override
          public List<Barcode> decode(Frame frame) {
            noteIfRecycled(frame);
            return reads.decode(frame);
          }

          @Override
          public List<Barcode> decode(Frame frame, Detection region) {
            noteIfRecycled(frame);
            return reads.decode(frame, region);
          }

          private void noteIfRecycled(Frame frame) {
            if (source.recycled.contains(frame.index())) {
              late.incrementAndGet();
            }
          }
        };
    Detector detector =
        frame -> {
          if (source.recycled.contains(frame.index())) {
            late.incrementAndGet();
          }
          return finds.detect(frame);
        };

    VideoReport report =
        VideoScanner.builder(source, decoder).detector(detector).options(OPTIONS).build().scan();

    assertThat(report.barcodes()).extracting(VideoCode::text).containsExactly("seen");
    assertThat(source.recycled).containsExactlyElementsOf(LongStream.range(0, 40).boxed().toList());
    assertThat(reads.regions.get()).isPositive();
    assertThat(late.get()).isZero();
  }

  @Test
  void keepsFramesThatGoToASink() {
    FakeVideo.Source source = new FakeVideo.Source(10);
    FakeVideo.RecordingSink sink = new FakeVideo.RecordingSink();

    VideoScanner.builder(source, new FakeVideo.ScriptedDecoder(i -> List.of()))
        .options(OPTIONS)
        .sink(sink)
        .build()
        .scan();

    assertThat(sink.written).hasSize(10);
    assertThat(source.recycled).isEmpty();
  }

  @Test
  void passesASourceFailureToTheCallerWithItsMessage() {
    FakeVideo.Source source = new FakeVideo.Source(50);
    source.failAt = new UnreadableInputException("fake.mp4: broken packet at frame 7");
    source.failIndex = 7;

    VideoScanner scanner =
        VideoScanner.builder(source, new FakeVideo.ScriptedDecoder(i -> List.of()))
            .options(OPTIONS)
            .build();

    assertThatThrownBy(scanner::scan)
        .isInstanceOf(UnreadableInputException.class)
        .hasMessageContaining("frame 7");
  }

  @Test
  void passesADecoderFailureToTheCaller() {
    FakeVideo.ScriptedDecoder decoder =
        new FakeVideo.ScriptedDecoder(
            i -> {
              if (i == 6) {
                throw new IllegalStateException("decoder broke on frame 6");
              }
              return List.of();
            });

    assertThatThrownBy(() -> scan(30, decoder)).hasMessage("decoder broke on frame 6");
  }

  @Test
  void stopsWhenCancelledAndJoinsItsThreads() throws Exception {
    CountDownLatch firstFrame = new CountDownLatch(1);
    FakeVideo.Source source = new FakeVideo.Source(1_000_000);
    AtomicReference<VideoScanner> scanner = new AtomicReference<>();
    scanner.set(
        VideoScanner.builder(source, new FakeVideo.ScriptedDecoder(i -> List.of()))
            .options(OPTIONS)
            .listener(
                new VideoScanListener() {
                  @Override
                  public void frameScanned(FrameEvent event) {
                    firstFrame.countDown();
                  }
                })
            .build());
    Thread canceller =
        new Thread(
            () -> {
              try {
                firstFrame.await(5, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                return;
              }
              scanner.get().cancel();
            });
    canceller.start();

    assertThatThrownBy(scanner.get()::scan).isInstanceOf(CancellationException.class);
    assertThat(Thread.interrupted()).isTrue();
    canceller.join();
    assertThat(source.read.get()).isLessThan(1_000_000);
    assertThat(framecodeThreadsGoneWithin(Duration.ofSeconds(5))).isTrue();
  }

  // A pool's threads are told to end before scan() returns, but a thread that has finished its
  // last task can still be on its way out for a moment: wait for that, not for more.
  private static boolean framecodeThreadsGoneWithin(Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      boolean anyAlive =
          Thread.getAllStackTraces().keySet().stream()
              .anyMatch(t -> t.isAlive() && t.getName().startsWith("framecode-"));
      if (!anyAlive) {
        return true;
      }
      Thread.sleep(10);
    }
    return false;
  }

  @Test
  void readsNoFurtherAheadThanTheQueuesAllow() throws Exception {
    FakeVideo.Source source = new FakeVideo.Source(1000);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger readWhileBlocked = new AtomicInteger();
    VideoScanOptions small = OPTIONS.toBuilder().queueCapacity(2).build();
    VideoScanner.builder(source, new FakeVideo.ScriptedDecoder(i -> List.of()))
        .options(small)
        .listener(
            new VideoScanListener() {
              @Override
              public void frameScanned(FrameEvent event) {
                if (event.frameIndex() == 0) {
                  try {
                    release.await(300, TimeUnit.MILLISECONDS);
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                  readWhileBlocked.set(source.read.get());
                }
              }
            })
        .build()
        .scan();

    assertThat(readWhileBlocked.get()).isLessThanOrEqualTo(4);
  }
}
