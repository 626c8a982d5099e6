package dev.framecode.javacv;

import dev.framecode.Frame;
import dev.framecode.FrameSource;
import dev.framecode.PixelFormat;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Makes the test videos with {@link FfmpegFrameSink} and reads them back. Each frame carries its
 * own number in pixels: a row of 16 blocks along the top, white for a 1 bit, black for a 0 bit,
 * lowest bit first, so that a test can tell which frame it got whatever the source claims. Below
 * the row, a bright square moves from left to right, like a barcode passing the camera.
 */
final class TestVideos {

  static final int WIDTH = 320;
  static final int HEIGHT = 240;
  static final int BITS = 16;
  static final int BLOCK = 16;

  private TestVideos() {}

  /** Writes {@code count} numbered frames to {@code file} and returns the file. */
  static Path write(Path file, int count, FfmpegSinkOptions options) {
    try (FfmpegFrameSink sink = FfmpegFrameSink.open(file, options)) {
      for (int i = 0; i < count; i++) {
        sink.write(numbered(i, WIDTH, HEIGHT));
      }
    }
    return file;
  }

  /** Returns a gray frame showing {@code number} and a square at a place that depends on it. */
  static Frame numbered(int number, int width, int height) {
    byte[] pixels = new byte[width * height];
    for (int bit = 0; bit < BITS; bit++) {
      if ((number >> bit & 1) != 0) {
        fill(pixels, width, bit * BLOCK, 0, BLOCK, BLOCK, 255);
      }
    }
    int x = (number * 7) % (width - 48);
    fill(pixels, width, x, 64, 48, 48, 200);
    return Frame.wrap(pixels, width, height, PixelFormat.GRAY8);
  }

  /** Returns the number that {@link #numbered} drew into {@code frame}. */
  static int numberIn(Frame frame) {
    int number = 0;
    for (int bit = 0; bit < BITS; bit++) {
      if (frame.luminance(bit * BLOCK + BLOCK / 2, BLOCK / 2) > 128) {
        number |= 1 << bit;
      }
    }
    return number;
  }

  /** Returns every frame left in {@code source}. */
  static List<Frame> readAll(FrameSource source) {
    List<Frame> frames = new ArrayList<>();
    for (Optional<Frame> f = source.read(); f.isPresent(); f = source.read()) {
      frames.add(f.get());
    }
    return frames;
  }

  /** Returns every frame of {@code file}, read with {@code options}. */
  static List<Frame> readAll(Path file, FfmpegSourceOptions options) {
    try (FfmpegFrameSource source = FfmpegFrameSource.open(file, options)) {
      return readAll(source);
    }
  }

  static void fill(byte[] pixels, int width, int x0, int y0, int w, int h, int value) {
    for (int y = y0; y < y0 + h; y++) {
      for (int x = x0; x < x0 + w; x++) {
        pixels[y * width + x] = (byte) value;
      }
    }
  }
}
