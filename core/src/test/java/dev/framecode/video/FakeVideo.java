package dev.framecode.video;

import dev.framecode.Barcode;
import dev.framecode.BarcodeFormat;
import dev.framecode.Decoder;
import dev.framecode.Detection;
import dev.framecode.Detector;
import dev.framecode.Frame;
import dev.framecode.FrameSink;
import dev.framecode.FrameSource;
import dev.framecode.PixelFormat;
import dev.framecode.Quad;
import dev.framecode.Rect;
import dev.framecode.SourceInfo;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * A scripted video for tests: blank 640 x 360 frames at 25 fps, and a decoder that "reads" the
 * codes a script places in each frame, whole or in a region, with the misreads the script asks for.
 */
final class FakeVideo {

  static final int WIDTH = 640;
  static final int HEIGHT = 360;
  static final long FRAME_MICROS = 40_000;

  /** A code placed in one frame: payload, format and box in frame pixels. */
  record Placed(String text, BarcodeFormat format, Rect box) {}

  private FakeVideo() {}

  static Placed qr(String text, double x, double y) {
    return new Placed(text, BarcodeFormat.QR_CODE, new Rect(x, y, 60, 60));
  }

  static Placed ean8(String text, double x, double y) {
    return new Placed(text, BarcodeFormat.EAN_8, new Rect(x, y, 90, 40));
  }

  /** A source of {@code frames} blank frames, noting how many were read and which came back. */
  static final class Source implements FrameSource {
    final int frames;
    final AtomicInteger read = new AtomicInteger();
    final List<Long> recycled = Collections.synchronizedList(new ArrayList<>());
    volatile RuntimeException failAt;
    volatile int failIndex = -1;
    private final byte[] blank = new byte[WIDTH * HEIGHT];

    Source(int frames) {
      this.frames = frames;
    }

    @Override
    public SourceInfo info() {
      return new SourceInfo("fake.mp4", WIDTH, HEIGHT, 25, frames, frames * FRAME_MICROS);
    }

    @Override
    public Optional<Frame> read() {
      int i = read.get();
      if (i == failIndex) {
        throw failAt;
      }
      if (i >= frames) {
        return Optional.empty();
      }
      read.incrementAndGet();
      return Optional.of(
          Frame.wrap(blank, WIDTH, HEIGHT, PixelFormat.GRAY8).at(i, i * FRAME_MICROS));
    }

    @Override
    public void recycle(Frame frame) {
      recycled.add(frame.index());
    }

    @Override
    public void close() {}
  }

  /** Reads what the script places in each frame; counts whole-frame and region calls. */
  static final class ScriptedDecoder implements Decoder {
    private final IntFunction<List<Placed>> script;
    final AtomicInteger wholeFrames = new AtomicInteger();
    final AtomicInteger regions = new AtomicInteger();

    ScriptedDecoder(IntFunction<List<Placed>> script) {
      this.script = script;
    }

    @Override
    public List<Barcode> decode(Frame frame) {
      wholeFrames.incrementAndGet();
      List<Barcode> found = new ArrayList<>();
      for (Placed p : script.apply((int) frame.index())) {
        found.add(barcode(p, frame));
      }
      return found;
    }

    @Override
    public List<Barcode> decode(Frame frame, Detection region) {
      regions.incrementAndGet();
      List<Barcode> found = new ArrayList<>();
      for (Placed p : script.apply((int) frame.index())) {
        if (region.box().expand(10).contains(p.box().center())) {
          found.add(barcode(p, frame));
        }
      }
      return found;
    }

    private static Barcode barcode(Placed p, Frame frame) {
      return new Barcode(
          p.text(), null, p.format(), Quad.of(p.box()), frame.index(), frame.timestampMicros());
    }
  }

  /** Finds every code the script places in a frame, as a detector would, with its box. */
  static final class ScriptedDetector implements Detector {
    private final IntFunction<List<Placed>> script;

    ScriptedDetector(IntFunction<List<Placed>> script) {
      this.script = script;
    }

    @Override
    public List<Detection> detect(Frame frame) {
      List<Detection> found = new ArrayList<>();
      for (Placed p : script.apply((int) frame.index())) {
        found.add(new Detection(p.box(), 0.9f, 0, "barcode"));
      }
      return found;
    }
  }

  /** A sink that keeps the index of each frame written. */
  static final class RecordingSink implements FrameSink {
    final List<Long> written = new ArrayList<>();

    @Override
    public void write(Frame frame) {
      written.add(frame.index());
    }

    @Override
    public void close() {}
  }
}
