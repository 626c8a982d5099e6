package dev.framecode.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.framecode.Barcode;
import dev.framecode.Frame;
import dev.framecode.PixelFormat;
import dev.framecode.javacv.FfmpegFrameSource;
import dev.framecode.javacv.FfmpegSourceOptions;
import dev.framecode.zxing.ZxingDecoder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A written clip holds the frames, the empty lead-in and the moving codes it promises. */
class ClipsTest {

  @TempDir Path dir;

  private final ZxingDecoder decoder = new ZxingDecoder();

  @Test
  void aClipHasItsFramesSizeAndRateWithCodesOnlyAfterTheEmptyLeadIn() {
    Path clip = dir.resolve("clip.mp4");

    Clips.write(clip, Scenes.Resolution.FULL_HD, 12, 4);
    List<Frame> frames = new ArrayList<>();
    try (FfmpegFrameSource source =
        FfmpegFrameSource.open(
            clip, FfmpegSourceOptions.builder().pixelFormat(PixelFormat.GRAY8).build())) {
      assertThat(source.info().frameRate()).isEqualTo(Clips.FRAME_RATE);
      for (Optional<Frame> f = source.read(); f.isPresent(); f = source.read()) {
        frames.add(f.get());
      }
    }

    assertThat(frames).hasSize(12);
    assertThat(frames.get(0).width()).isEqualTo(1920);
    assertThat(frames.get(0).height()).isEqualTo(1080);
    assertThat(decoder.decode(frames.get(3))).isEmpty();
    assertThat(decoder.decode(frames.get(4)))
        .extracting(Barcode::text)
        .contains(Scenes.TEXTS[0], Scenes.TEXTS[1], Scenes.TEXTS[2]);
  }

  @Test
  void theQrCodeDriftsTwoPixelsRightAndOneDownEachFrameAt1080p() {
    Barcode first = qrCode(Scenes.render(Scenes.Resolution.FULL_HD, 0));
    Barcode later = qrCode(Scenes.render(Scenes.Resolution.FULL_HD, 30));

    double dx = later.corners().bounds().x() - first.corners().bounds().x();
    double dy = later.corners().bounds().y() - first.corners().bounds().y();
    assertThat(dx).isCloseTo(60, within(2.0));
    assertThat(dy).isCloseTo(30, within(2.0));
  }

  @Test
  void aClipNeedsAFrameAndNoMoreEmptyFramesThanFrames() {
    Path clip = dir.resolve("bad.mp4");

    assertThatThrownBy(() -> Clips.write(clip, Scenes.Resolution.HD, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("got 0 and 0");
    assertThatThrownBy(() -> Clips.write(clip, Scenes.Resolution.HD, 5, 6))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private Barcode qrCode(Frame frame) {
    return decoder.decode(frame).stream()
        .filter(b -> b.text().equals(Scenes.TEXTS[0]))
        .findFirst()
        .orElseThrow();
  }
}
