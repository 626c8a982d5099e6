package dev.framecode.javacv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import dev.framecode.Frame;
import dev.framecode.PixelFormat;
import dev.framecode.SourceInfo;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FfmpegFrameSourceTest {

  private static final int FRAMES = 48;
  private static final double FPS = 24;

  @TempDir static Path dir;
  private static Path video;

  @BeforeAll
  static void writeVideo() {
    FfmpegSinkOptions options = FfmpegSinkOptions.builder().frameRate(FPS).build();
    video = TestVideos.write(dir.resolve("numbered.mp4"), FRAMES, options);
  }

  @Test
  void infoDescribesSizeRateAndFrameCount() {
    try (FfmpegFrameSource source = FfmpegFrameSource.open(video)) {
      SourceInfo info = source.info();

      assertThat(info.name()).endsWith("numbered.mp4");
      assertThat(info.width()).isEqualTo(320);
      assertThat(info.height()).isEqualTo(240);
      assertThat(info.frameRate()).isEqualTo(FPS);
      assertThat(info.frameCount()).isEqualTo(FRAMES);
      assertThat(info.durationMicros()).isBetween(1_900_000L, 2_100_000L);
    }
  }

  @Test
  void readsEveryFrameInOrderWithItsIndexAndTimestamp() {
    List<Frame> frames = TestVideos.readAll(video, FfmpegSourceOptions.defaults());

    assertThat(frames).hasSize(FRAMES);
    for (int i = 0; i < FRAMES; i++) {
      Frame frame = frames.get(i);
      assertThat(frame.index()).isEqualTo(i);
      assertThat(TestVideos.numberIn(frame)).isEqualTo(i);
      assertThat(frame.timestampMicros()).isCloseTo(Math.round(i * 1e6 / FPS), offset(1000L));
    }
  }

  @Test
  void framesReadEarlierDoNotChangeWhenLaterFramesAreRead() {
    try (FfmpegFrameSource source = FfmpegFrameSource.open(video)) {
      Frame first = source.read().orElseThrow();
      byte[] before = first.toPackedBytes();

      TestVideos.readAll(source);

      assertThat(first.toPackedBytes()).isEqualTo(before);
      assertThat(TestVideos.numberIn(first)).isZero();
    }
  }

  @Test
  void reusesTheMemoryOfAFrameHandedBackAndReadsTheNextFramesIntact() {
    try (FfmpegFrameSource source = FfmpegFrameSource.open(video)) {
      Frame first = source.read().orElseThrow();
      Frame kept = source.read().orElseThrow();
      source.recycle(first);

      Frame third = source.read().orElseThrow();

      // The handed-back frame's pixels now hold the third frame: its memory was reused.
      assertThat(TestVideos.numberIn(first)).isEqualTo(2);
      assertThat(TestVideos.numberIn(third)).isEqualTo(2);
      assertThat(TestVideos.numberIn(kept)).isEqualTo(1);
      source.recycle(third);
      assertThat(TestVideos.numberIn(source.read().orElseThrow())).isEqualTo(3);
      assertThat(TestVideos.numberIn(kept)).isEqualTo(1);
    }
  }

  @Test
  void ignoresAFrameItDidNotRead() {
    try (FfmpegFrameSource source = FfmpegFrameSource.open(video)) {
      Frame foreign = TestVideos.numbered(7, 320, 240);
      source.recycle(foreign);

      assertThat(TestVideos.numberIn(source.read().orElseThrow())).isZero();
      assertThat(TestVideos.numberIn(foreign)).isEqualTo(7);
    }
  }

  @Test
  void framesStayValidAfterTheSourceIsClosed() {
    Frame last;
    try (FfmpegFrameSource source = FfmpegFrameSource.open(video)) {
      List<Frame> frames = TestVideos.readAll(source);
      last = frames.get(frames.size() - 1);
    }

    assertThat(TestVideos.numberIn(last)).isEqualTo(FRAMES - 1);
  }

  @Test
  void grayIsTheDefaultAndBgrHasThreeEqualChannelsForGrayContent() {
    FfmpegSourceOptions bgr = FfmpegSourceOptions.builder().pixelFormat(PixelFormat.BGR24).build();
    try (FfmpegFrameSource gray = FfmpegFrameSource.open(video);
        FfmpegFrameSource color = FfmpegFrameSource.open(video, bgr)) {
      Frame g = gray.read().orElseThrow();
      Frame c = color.read().orElseThrow();

      assertThat(g.format()).isEqualTo(PixelFormat.GRAY8);
      assertThat(c.format()).isEqualTo(PixelFormat.BGR24);
      assertThat(c.sample(40, 80, 0)).isCloseTo(c.sample(40, 80, 2), offset(8));
      assertThat(c.luminance(40, 80)).isCloseTo(g.luminance(40, 80), offset(8));
    }
  }

  @Test
  void grayLevelsSurviveTheRoundTripThroughLimitedRangeVideo() {
    int[] levels = {0, 40, 128, 200, 255};
    Path file = dir.resolve("levels.mp4");
    try (FfmpegFrameSink sink =
        FfmpegFrameSink.open(file, FfmpegSinkOptions.builder().frameRate(FPS).build())) {
      for (int level : levels) {
        byte[] pixels = new byte[320 * 240];
        TestVideos.fill(pixels, 320, 0, 0, 320, 240, level);
        sink.write(Frame.wrap(pixels, 320, 240, PixelFormat.GRAY8));
      }
    }

    List<Frame> frames = TestVideos.readAll(file, FfmpegSourceOptions.defaults());

    assertThat(frames).hasSize(levels.length);
    for (int i = 0; i < levels.length; i++) {
      assertThat(frames.get(i).luminance(160, 120)).isCloseTo(levels[i], offset(3));
    }
  }

  @Test
  void stepKeepsEveryNthFrame() {
    FfmpegSourceOptions options = FfmpegSourceOptions.builder().step(5).build();

    List<Frame> frames = TestVideos.readAll(video, options);

    assertThat(frames)
        .extracting(Frame::index)
        .containsExactly(0L, 5L, 10L, 15L, 20L, 25L, 30L, 35L, 40L, 45L);
    assertThat(frames).allSatisfy(f -> assertThat(TestVideos.numberIn(f)).isEqualTo(f.index()));
  }

  @Test
  void targetFrameRateKeepsEvenlySpacedFrames() {
    FfmpegSourceOptions options = FfmpegSourceOptions.builder().targetFrameRate(6).build();

    List<Frame> frames = TestVideos.readAll(video, options);

    assertThat(frames)
        .extracting(Frame::index)
        .containsExactly(0L, 4L, 8L, 12L, 16L, 20L, 24L, 28L, 32L, 36L, 40L, 44L);
  }

  @Test
  void startAndEndSelectAHalfOpenTimeRange() {
    FfmpegSourceOptions options =
        FfmpegSourceOptions.builder()
            .start(Duration.ofMillis(500))
            .end(Duration.ofMillis(1000))
            .build();

    List<Frame> frames = TestVideos.readAll(video, options);

    assertThat(frames)
        .extracting(Frame::index)
        .containsExactly(12L, 13L, 14L, 15L, 16L, 17L, 18L, 19L, 20L, 21L, 22L, 23L);
    assertThat(frames).allSatisfy(f -> assertThat(TestVideos.numberIn(f)).isEqualTo(f.index()));
  }

  @Test
  void seekMovesForwardAndBackToTheFrameAtThatTime() {
    try (FfmpegFrameSource source = FfmpegFrameSource.open(video)) {
      source.read();
      source.seek(Duration.ofMillis(1500));
      Frame later = source.read().orElseThrow();
      source.seek(Duration.ofMillis(250));
      Frame earlier = source.read().orElseThrow();

      assertThat(later.index()).isEqualTo(36);
      assertThat(TestVideos.numberIn(later)).isEqualTo(36);
      assertThat(earlier.index()).isEqualTo(6);
      assertThat(TestVideos.numberIn(earlier)).isEqualTo(6);
      assertThat(earlier.timestampMicros()).isCloseTo(250_000L, offset(1000L));
    }
  }

  @Test
  void seekPastTheEndLeavesNothingToRead() {
    try (FfmpegFrameSource source = FfmpegFrameSource.open(video)) {
      source.seek(Duration.ofSeconds(10));

      assertThat(source.read()).isEmpty();
    }
  }

  @Test
  void rotationMetadataTurnsFramesUpright() {
    Path rotated = dir.resolve("rotated.mp4");
    FfmpegSinkOptions options = FfmpegSinkOptions.builder().frameRate(FPS).rotation(90).build();
    try (FfmpegFrameSink sink = FfmpegFrameSink.open(rotated, options)) {
      sink.write(cornerMarked());
      sink.write(cornerMarked());
    }

    try (FfmpegFrameSource source = FfmpegFrameSource.open(rotated)) {
      Frame frame = source.read().orElseThrow();

      assertThat(source.rotation()).isEqualTo(90);
      assertThat(source.info().width()).isEqualTo(240);
      assertThat(source.info().height()).isEqualTo(320);
      assertThat(frame.width()).isEqualTo(240);
      assertThat(frame.height()).isEqualTo(320);
      // Turned clockwise, the stored top left corner is now the top right one.
      assertThat(frame.luminance(240 - 20, 20)).isGreaterThan(200);
      assertThat(frame.luminance(20, 20)).isLessThan(50);
    }
  }

  @Test
  void rotationCanBeLeftAsStored() {
    Path rotated = dir.resolve("rotated-as-stored.mp4");
    FfmpegSinkOptions options = FfmpegSinkOptions.builder().rotation(270).build();
    try (FfmpegFrameSink sink = FfmpegFrameSink.open(rotated, options)) {
      sink.write(cornerMarked());
    }
    FfmpegSourceOptions asStored = FfmpegSourceOptions.builder().applyRotation(false).build();

    try (FfmpegFrameSource source = FfmpegFrameSource.open(rotated, asStored)) {
      Frame frame = source.read().orElseThrow();

      assertThat(source.rotation()).isZero();
      assertThat(frame.width()).isEqualTo(320);
      assertThat(frame.luminance(20, 20)).isGreaterThan(200);
    }
  }

  @Test
  void readsANumberedImageSequence() {
    Path pattern = ImageSequences.writePng(dir.resolve("seq"), 6);

    List<Frame> frames = TestVideos.readAll(pattern, FfmpegSourceOptions.defaults());

    assertThat(frames).hasSize(6);
    assertThat(frames).allSatisfy(f -> assertThat(TestVideos.numberIn(f)).isEqualTo(f.index()));
  }

  @Test
  void closedSourceRefusesToReadAndClosesTwiceQuietly() {
    FfmpegFrameSource source = FfmpegFrameSource.open(video);
    source.close();
    source.close();

    assertThatThrownBy(source::read)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("numbered.mp4");
  }

  @Test
  void endOfInputStaysTheEnd() {
    try (FfmpegFrameSource source = FfmpegFrameSource.open(video)) {
      TestVideos.readAll(source);

      assertThat(source.read()).isEqualTo(Optional.empty());
      assertThat(source.framesRead()).isEqualTo(FRAMES);
      assertThat(source.damagedFrames()).isZero();
    }
  }

  private static Frame cornerMarked() {
    byte[] pixels = new byte[320 * 240];
    TestVideos.fill(pixels, 320, 0, 0, 40, 40, 255);
    return Frame.wrap(pixels, 320, 240, PixelFormat.GRAY8);
  }
}
