package dev.framecode.cli;

import dev.framecode.Decoder;
import dev.framecode.Detector;
import dev.framecode.PixelFormat;
import dev.framecode.SourceInfo;
import dev.framecode.awt.AwtAnnotator;
import dev.framecode.javacv.FfmpegFrameSink;
import dev.framecode.javacv.FfmpegFrameSource;
import dev.framecode.javacv.FfmpegSinkOptions;
import dev.framecode.javacv.FfmpegSourceOptions;
import dev.framecode.video.VideoReport;
import dev.framecode.video.VideoScanListener;
import dev.framecode.video.VideoScanOptions;
import dev.framecode.video.VideoScanner;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/** Scans one video file with FFmpeg, for the {@code scan} command and the video scan job. */
final class VideoScans {

  private static final Set<String> VIDEO_EXTENSIONS =
      Set.of(
          "mp4", "m4v", "mov", "mkv", "webm", "avi", "mpg", "mpeg", "ts", "mts", "m2ts", "wmv",
          "flv", "3gp", "ogv");

  /**
   * What to scan of a video and what to write.
   *
   * @param every scan every nth frame, at least 1
   * @param from where to start, or null for the beginning
   * @param to where to stop, or null for the end
   * @param annotate where to write the annotated video, or null for nowhere
   * @param options how the scanner spends its effort
   */
  record Settings(int every, Duration from, Duration to, Path annotate, VideoScanOptions options) {

    Settings {
      if (every < 1) {
        throw new IllegalArgumentException("every must be >= 1, got " + every);
      }
      if (options == null) {
        throw new NullPointerException("options");
      }
    }

    static Settings defaults() {
      return new Settings(1, null, null, null, VideoScanOptions.defaults());
    }

    /**
     * Returns what makes a choice of frames unusable, or null when it is usable: each option is
     * called {@code name.apply("every")}, {@code name.apply("from")} and so on, as the caller's
     * user wrote it ({@code --every} on the command line, {@code option every} in a job).
     */
    static String unusable(int every, Duration from, Duration to, UnaryOperator<String> name) {
      if (every < 1) {
        return name.apply("every") + " must be at least 1, got " + every;
      }
      if (from != null && to != null && to.compareTo(from) <= 0) {
        return name.apply("to")
            + " ("
            + to.toMillis() / 1000.0
            + " s) must be after "
            + name.apply("from")
            + " ("
            + from.toMillis() / 1000.0
            + " s)";
      }
      return null;
    }
  }

  private VideoScans() {}

  /** Returns whether {@code path} names a video file by its extension. */
  static boolean isVideo(Path path) {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    return dot >= 0 && VIDEO_EXTENSIONS.contains(name.substring(dot + 1));
  }

  /**
   * Scans {@code video} and returns the report. {@code opened} sees the source's info before the
   * first frame is read, and may throw to refuse the video.
   */
  static VideoReport scan(
      Path video,
      Settings settings,
      Decoder decoder,
      Decoder wholeFrameDecoder,
      Detector detector,
      VideoScanListener listener,
      Consumer<SourceInfo> opened) {
    try (FfmpegFrameSource source = FfmpegFrameSource.open(video, sourceOptions(settings))) {
      opened.accept(source.info());
      if (settings.annotate() == null) {
        return scanner(source, decoder, wholeFrameDecoder, detector, listener, settings)
            .build()
            .scan();
      }
      FfmpegSinkOptions sinkOptions = FfmpegSinkOptions.matching(source.info());
      if (settings.every() > 1 && source.info().frameRate() > 0) {
        sinkOptions =
            FfmpegSinkOptions.builder()
                .frameRate(source.info().frameRate() / settings.every())
                .build();
      }
      try (FfmpegFrameSink sink = FfmpegFrameSink.open(settings.annotate(), sinkOptions)) {
        return scanner(source, decoder, wholeFrameDecoder, detector, listener, settings)
            .sink(sink)
            .annotator(new AwtAnnotator())
            .build()
            .scan();
      }
    }
  }

  private static VideoScanner.Builder scanner(
      FfmpegFrameSource source,
      Decoder decoder,
      Decoder wholeFrameDecoder,
      Detector detector,
      VideoScanListener listener,
      Settings settings) {
    return VideoScanner.builder(source, decoder)
        .wholeFrameDecoder(wholeFrameDecoder)
        .detector(detector)
        .listener(listener)
        .options(settings.options());
  }

  private static FfmpegSourceOptions sourceOptions(Settings settings) {
    PixelFormat pixels = settings.annotate() == null ? PixelFormat.GRAY8 : PixelFormat.BGR24;
    FfmpegSourceOptions.Builder b =
        FfmpegSourceOptions.builder().pixelFormat(pixels).step(settings.every());
    if (settings.from() != null) {
      b.start(settings.from());
    }
    if (settings.to() != null) {
      b.end(settings.to());
    }
    return b.build();
  }
}
