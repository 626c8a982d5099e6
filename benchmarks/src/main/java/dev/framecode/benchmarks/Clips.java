package dev.framecode.benchmarks;

import dev.framecode.javacv.FfmpegFrameSink;
import dev.framecode.javacv.FfmpegSinkOptions;
import java.nio.file.Path;

/** Writes the video clips the video benchmarks read, rendered from {@link Scenes}. */
public final class Clips {
  private Clips() {}

  /** Frames per second of a written clip. */
  public static final double FRAME_RATE = 30;

  /**
   * Writes a clip of {@code frames} frames of {@code resolution} to {@code file}, as H.264 in MP4
   * at {@link #FRAME_RATE}: the first {@code emptyFrames} show the background only, the rest the
   * codes of {@link Scenes#TEXTS}, each drifting a pixel or two a frame in its own direction.
   *
   * @throws IllegalArgumentException if {@code frames} is not positive or {@code emptyFrames} is
   *     not in [0, frames]
   */
  public static void write(Path file, Scenes.Resolution resolution, int frames, int emptyFrames) {
    if (frames < 1 || emptyFrames < 0 || emptyFrames > frames) {
      throw new IllegalArgumentException(
          "a clip needs frames >= 1 and 0 <= emptyFrames <= frames, got "
              + frames
              + " and "
              + emptyFrames);
    }
    FfmpegSinkOptions options = FfmpegSinkOptions.builder().frameRate(FRAME_RATE).build();
    try (FfmpegFrameSink sink = FfmpegFrameSink.open(file, options)) {
      for (int i = 0; i < frames; i++) {
        sink.write(Scenes.render(resolution, i < emptyFrames ? -1 : i - emptyFrames));
      }
    }
  }
}
