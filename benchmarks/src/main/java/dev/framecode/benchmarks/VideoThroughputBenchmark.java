package dev.framecode.benchmarks;

import dev.framecode.Frame;
import dev.framecode.PixelFormat;
import dev.framecode.javacv.FfmpegFrameSource;
import dev.framecode.javacv.FfmpegSourceOptions;
import dev.framecode.onnx.OnnxDetector;
import dev.framecode.video.VideoReport;
import dev.framecode.video.VideoScanner;
import dev.framecode.zxing.ZxingDecoder;
import dev.framecode.zxing.ZxingDecoderOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * How many frames a second does a whole-video scan get through, next to what FFmpeg alone decodes
 * of the same clip? The clip is written in setup: 1080p H.264 at 30 frames a second, {@value
 * #FRAMES} frames, the first {@value #EMPTY_FRAMES} without codes, then the four codes of {@link
 * Scenes} drifting across the background.
 *
 * <p>One call reads the whole clip, from opening the file to its last frame, in gray as the command
 * line reads video it does not annotate. JMH counts each call as {@value #FRAMES} operations, so
 * the throughput it reports is frames per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(VideoThroughputBenchmark.FRAMES)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class VideoThroughputBenchmark {

  /** Frames in the clip. */
  public static final int FRAMES = 90;

  /** Frames at the start of the clip that show no code. */
  public static final int EMPTY_FRAMES = 15;

  /** The per-frame and per-region decode budget the command line gives video scans. */
  private static final Duration VIDEO_BUDGET = Duration.ofMillis(60);

  private Path clip;
  private FfmpegSourceOptions gray;
  private OnnxDetector detector;
  private ZxingDecoder decoder;

  @Setup(Level.Trial)
  public void writeClip() throws IOException {
    clip = Files.createTempFile("framecode-bench-", ".mp4");
    Clips.write(clip, Scenes.Resolution.FULL_HD, FRAMES, EMPTY_FRAMES);
    gray = FfmpegSourceOptions.builder().pixelFormat(PixelFormat.GRAY8).build();
    detector = Models.open(Models.SHIPPED_SIZE, 1);
    decoder = new ZxingDecoder(ZxingDecoderOptions.builder().timeBudget(VIDEO_BUDGET).build());
  }

  @TearDown(Level.Trial)
  public void deleteClip() throws IOException {
    detector.close();
    decoder.close();
    Files.deleteIfExists(clip);
  }

  /** FFmpeg decodes the clip and framecode copies each frame out; nothing else. */
  @Benchmark
  public long ffmpegDecodeOnly(Blackhole blackhole) {
    try (FfmpegFrameSource source = FfmpegFrameSource.open(clip, gray)) {
      long frames = 0;
      for (Optional<Frame> f = source.read(); f.isPresent(); f = source.read()) {
        blackhole.consume(f.get());
        frames++;
      }
      return allFrames(frames);
    }
  }

  /**
   * A {@link VideoScanner} with the shipped detector (one ONNX Runtime thread per call) and the
   * ZXing ladder, with its default options: a pool of one thread per core detects.
   */
  @Benchmark
  public VideoReport scan() {
    try (FfmpegFrameSource source = FfmpegFrameSource.open(clip, gray)) {
      VideoReport report = VideoScanner.builder(source, decoder).detector(detector).build().scan();
      allFrames(report.framesScanned());
      return report;
    }
  }

  // Frames per second are right only if every call sees the whole clip.
  private static long allFrames(long frames) {
    if (frames != FRAMES) {
      throw new IllegalStateException("read " + frames + " frames of a " + FRAMES + "-frame clip");
    }
    return frames;
  }
}
