package dev.framecode.javacv;

import dev.framecode.Frame;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.bytedeco.javacpp.Pointer;

/**
 * Writes a long generated video with {@link FfmpegFrameSink}, reads it back with {@link
 * FfmpegFrameSource}, then opens and closes it many times, and reports native and heap memory after
 * warm-up and at the end of each phase. Exits with status 1 if any phase grew by more than 32 MB
 * after warm-up. Not a unit test: see this module's README for how to run it.
 *
 * <p>Arguments, all optional: frame count (100000), open/close cycles (2000), output folder (a
 * temporary one, deleted afterwards).
 */
public final class FfmpegSoak {

  private static final long LIMIT_BYTES = 32L << 20;
  private static final int WIDTH = 256;
  private static final int HEIGHT = 144;

  private FfmpegSoak() {}

  public static void main(String[] args) throws IOException {
    int frames = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int cycles = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
    Path folder = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("framecode-soak");
    Path video = folder.resolve("soak.mp4");
    int warmUp = Math.max(1, frames / 20);

    Memory start = Memory.now();
    System.out.println("start        " + start);
    boolean ok = write(video, frames, warmUp);
    System.out.printf("file         %s, %.1f MB%n", video, Files.size(video) / 1e6);
    ok &= read(video, frames, warmUp);
    ok &= reopen(video, cycles);
    System.out.println("end          " + Memory.now() + " (from start: " + start + ")");
    if (args.length <= 2) {
      Files.deleteIfExists(video);
      Files.deleteIfExists(folder);
    }
    System.out.println(ok ? "PASS: growth after warm-up under 32 MB" : "FAIL: memory grew");
    System.exit(ok ? 0 : 1);
  }

  private static boolean write(Path video, int frames, int warmUp) {
    Memory warm = null;
    long t0 = System.nanoTime();
    try (FfmpegFrameSink sink = FfmpegFrameSink.open(video)) {
      for (int i = 0; i < frames; i++) {
        sink.write(TestVideos.numbered(i & 0xFFFF, WIDTH, HEIGHT));
        if (i + 1 == warmUp) {
          warm = Memory.now();
        }
      }
    }
    return report("write", frames, t0, warm, Memory.now());
  }

  private static boolean read(Path video, int frames, int warmUp) {
    Memory warm = null;
    long t0 = System.nanoTime();
    long count = 0;
    try (FfmpegFrameSource source = FfmpegFrameSource.open(video)) {
      for (Optional<Frame> f = source.read(); f.isPresent(); f = source.read()) {
        Frame frame = f.get();
        if (TestVideos.numberIn(frame) != (frame.index() & 0xFFFF)) {
          throw new IllegalStateException("frame " + frame.index() + " shows another number");
        }
        if (++count == warmUp) {
          warm = Memory.now();
        }
      }
    }
    if (count != frames) {
      throw new IllegalStateException("read " + count + " frames, wrote " + frames);
    }
    return report("read", frames, t0, warm, Memory.now());
  }

  private static boolean reopen(Path video, int cycles) {
    Memory warm = null;
    long t0 = System.nanoTime();
    for (int i = 0; i < cycles; i++) {
      try (FfmpegFrameSource source = FfmpegFrameSource.open(video)) {
        source.read();
        source.read();
      }
      if (i + 1 == Math.max(1, cycles / 20)) {
        warm = Memory.now();
      }
    }
    return report("open/close", cycles, t0, warm, Memory.now());
  }

  private static boolean report(String phase, long units, long t0, Memory warm, Memory end) {
    double seconds = (System.nanoTime() - t0) / 1e9;
    long growth = end.physical - warm.physical;
    System.out.printf(
        "%-12s %d in %.1f s (%.0f/s)%n  after warm-up %s%n  at end        %s%n"
            + "  growth after warm-up: physical %+.1f MB, JavaCPP %+.1f MB, heap %+.1f MB%n",
        phase,
        units,
        seconds,
        units / seconds,
        warm,
        end,
        growth / 1e6,
        (end.javacpp - warm.javacpp) / 1e6,
        (end.heap - warm.heap) / 1e6);
    return growth < LIMIT_BYTES && end.javacpp - warm.javacpp < LIMIT_BYTES;
  }

  /** Process memory after a full collection, so that collected pointers have been freed. */
  private record Memory(long physical, long javacpp, long heap) {

    static Memory now() {
      for (int i = 0; i < 3; i++) {
        System.gc();
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      Runtime runtime = Runtime.getRuntime();
      return new Memory(
          Pointer.physicalBytes(),
          Pointer.totalBytes(),
          runtime.totalMemory() - runtime.freeMemory());
    }

    @Override
    public String toString() {
      return String.format(
          "physical (RSS) %.1f MB, JavaCPP %.1f MB, heap %.1f MB",
          physical / 1e6, javacpp / 1e6, heap / 1e6);
    }
  }
}
