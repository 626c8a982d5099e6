package dev.framecode.javacv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.framecode.PixelFormat;
import dev.framecode.SourceInfo;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FfmpegOptionsTest {

  @Test
  void sourceDefaultsReadEveryGrayFrameOfLocalFilesOnly() {
    FfmpegSourceOptions options = FfmpegSourceOptions.defaults();

    assertThat(options.pixelFormat()).isEqualTo(PixelFormat.GRAY8);
    assertThat(options.step()).isEqualTo(1);
    assertThat(options.targetFrameRate()).isZero();
    assertThat(options.start()).isEqualTo(Duration.ZERO);
    assertThat(options.end()).isNull();
    assertThat(options.applyRotation()).isTrue();
    assertThat(options.allowNetwork()).isFalse();
    assertThat(options.allowDevices()).isFalse();
  }

  @Test
  void sourceOptionsRejectWhatTheyCannotDo() {
    FfmpegSourceOptions.Builder builder = FfmpegSourceOptions.builder();

    assertThatThrownBy(() -> builder.pixelFormat(PixelFormat.RGB24))
        .hasMessageContaining("GRAY8 or BGR24")
        .hasMessageContaining("RGB24");
    assertThatThrownBy(() -> builder.step(0)).hasMessageContaining("step must be >= 1, got 0");
    assertThatThrownBy(() -> builder.targetFrameRate(-1)).hasMessageContaining("-1");
    assertThatThrownBy(() -> builder.start(Duration.ofSeconds(-1))).hasMessageContaining("start");
  }

  @Test
  void endMustComeAfterStart() {
    FfmpegSourceOptions.Builder builder =
        FfmpegSourceOptions.builder().start(Duration.ofSeconds(2)).end(Duration.ofSeconds(1));

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("end must be after start PT2S, got PT1S");
  }

  @Test
  void toBuilderKeepsEverySetting() {
    FfmpegSourceOptions options =
        FfmpegSourceOptions.builder()
            .pixelFormat(PixelFormat.BGR24)
            .step(3)
            .targetFrameRate(5)
            .end(Duration.ofSeconds(9))
            .allowNetwork(true)
            .build();

    assertThat(options.toBuilder().build()).hasToString(options.toString());
  }

  @Test
  void sinkMatchesTheSourceFrameRateOrFallsBackTo30() {
    SourceInfo known = new SourceInfo("a.mp4", 320, 240, 12.5, 10, 800_000);
    SourceInfo unknown = new SourceInfo("b.mkv", 320, 240, 0, -1, -1);

    assertThat(FfmpegSinkOptions.matching(known).frameRate()).isEqualTo(12.5);
    assertThat(FfmpegSinkOptions.matching(unknown).frameRate()).isEqualTo(30);
  }

  @Test
  void sinkPicksABitRateFromTheFrameSizeAndAKeyFrameEveryTwoSeconds() {
    FfmpegSinkOptions options = FfmpegSinkOptions.defaults();

    assertThat(options.bitRateFor(640, 480)).isEqualTo(921_600);
    assertThat(options.gopSize()).isEqualTo(60);
    assertThat(FfmpegSinkOptions.builder().bitRate(2_000_000).build().bitRateFor(640, 480))
        .isEqualTo(2_000_000);
  }

  @Test
  void sinkRotationIsAQuarterTurn() {
    assertThatThrownBy(() -> FfmpegSinkOptions.builder().rotation(45))
        .hasMessageContaining("0, 90, 180 or 270, got 45");
  }
}
