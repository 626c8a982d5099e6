package dev.framecode.cli;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.MultiFormatWriter;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import dev.framecode.Frame;
import dev.framecode.PixelFormat;
import dev.framecode.javacv.FfmpegFrameSink;
import dev.framecode.javacv.FfmpegSinkOptions;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes the test video: 640 x 360, 25 fps, 60 frames (2.4 s), with codes rendered by ZXing's
 * writers. A QR code "moving" crosses the frame from left to right the whole time; two identical QR
 * codes "twin" stand side by side from frame 20 (0.8 s); an EAN-13 appears at frame 30 (1.2 s);
 * frame 10 is noise, like a corrupted frame.
 */
final class TestVideos {

  static final int WIDTH = 640;
  static final int HEIGHT = 360;
  static final int FRAMES = 60;
  static final double FPS = 25;
  static final String MOVING = "https://framecode.dev/moving";
  static final String TWIN = "https://framecode.dev/twin";
  static final String EAN = "4006381333931";

  private TestVideos() {}

  static Path write(Path file) throws WriterException {
    BitMatrix moving = new MultiFormatWriter().encode(MOVING, BarcodeFormat.QR_CODE, 0, 0);
    BitMatrix twin = new MultiFormatWriter().encode(TWIN, BarcodeFormat.QR_CODE, 0, 0);
    BitMatrix ean = new MultiFormatWriter().encode(EAN, BarcodeFormat.EAN_13, 190, 70);
    FfmpegSinkOptions options =
        FfmpegSinkOptions.builder().frameRate(FPS).bitRate(2_000_000).build();
    Random noise = new Random(42);
    try (FfmpegFrameSink sink = FfmpegFrameSink.open(file, options)) {
      for (int i = 0; i < FRAMES; i++) {
        byte[] gray = new byte[WIDTH * HEIGHT];
        if (i == 10) {
          noise.nextBytes(gray);
        } else {
          java.util.Arrays.fill(gray, (byte) 0xFF);
          draw(gray, moving, 20 + 6 * i, 30, 4);
          if (i >= 20) {
            draw(gray, twin, 40, 190, 4);
            draw(gray, twin, 230, 190, 4);
          }
          if (i >= 30) {
            draw(gray, ean, 430, 220, 1);
          }
        }
        sink.write(
            Frame.wrap(gray, WIDTH, HEIGHT, PixelFormat.GRAY8).at(i, Math.round(i * 1e6 / FPS)));
      }
    }
    return file;
  }

  /** Draws {@code matrix}, {@code scale} pixels per module, with its top left at (x, y). */
  private static void draw(byte[] gray, BitMatrix matrix, int x, int y, int scale) {
    for (int my = 0; my < matrix.getHeight(); my++) {
      for (int mx = 0; mx < matrix.getWidth(); mx++) {
        if (!matrix.get(mx, my)) {
          continue;
        }
        for (int dy = 0; dy < scale; dy++) {
          for (int dx = 0; dx < scale; dx++) {
            int px = x + mx * scale + dx;
            int py = y + my * scale + dy;
            if (px >= 0 && px < WIDTH && py >= 0 && py < HEIGHT) {
              gray[py * WIDTH + px] = 0;
            }
          }
        }
      }
    }
  }
}
