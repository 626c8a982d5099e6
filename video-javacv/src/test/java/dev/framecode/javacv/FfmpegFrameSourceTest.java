package dev.framecode.javacv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.framecode.Frame;
import dev.framecode.SourceInfo;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FfmpegFrameSourceTest {

  private static final int FRAMES = 48;
  private static final double FPS = 24;

  @TempDir static Path dir;
  private static Path video;

  @BeforeAll
  static void writeVideos() {
    FfmpegSinkOptions options = FfmpegSinkOptions.builder().frameRate(FPS).build();
    video = TestVideos.write(dir.resolve("numbered.mp4"), FRAMES, options);
  }

  @Test
  void infoDescribesSizeRateAndFrameCount() {
    try (FfmpegFrameSource source = FfmpegFrameSource.open(video)) {
      SourceInfo info = source.info();
      assertThat(info.width()).isEqualTo(320);
      assertThat(info.height()).isEqualTo(240);
      assertThat(info.frameRate()).isEqualTo(FPS);
      assertThat(info.frameCount()).isEqualTo(FRAMES);
      assertThat(info.durationMicros()).isBetween(1_900_000L, 2_100_000L);
      assertThat(info.name()).endsWith("numbered.mp4");
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
      assertThat(frame.timestampMicros())
          .isCloseTo(Math.round(i * 1e6 / FPS), org.assertj.core.data.Offset.offset(1000L));
    }
  }
}
