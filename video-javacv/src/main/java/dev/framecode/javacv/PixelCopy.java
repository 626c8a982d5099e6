package dev.framecode.javacv;

import java.nio.ByteBuffer;

/** Copies pixels out of FFmpeg's reused buffers into packed Java arrays, turning them if asked. */
final class PixelCopy {

  private PixelCopy() {}

  /**
   * Returns the {@code width x height} image in {@code source}, rows {@code stride} bytes apart, as
   * packed rows, turned clockwise by {@code clockwiseDegrees} (0, 90, 180 or 270).
   *
   * @param scratch a reusable array of at least {@code width * height * bytesPerPixel} bytes, used
   *     only when turning
   */
  static byte[] copy(
      ByteBuffer source,
      int stride,
      int width,
      int height,
      int bytesPerPixel,
      int clockwiseDegrees,
      byte[] scratch) {
    if (clockwiseDegrees == 0) {
      return pack(
          source, stride, width, height, bytesPerPixel, new byte[width * height * bytesPerPixel]);
    }
    byte[] upright = pack(source, stride, width, height, bytesPerPixel, scratch);
    return turn(upright, width, height, bytesPerPixel, clockwiseDegrees);
  }

  private static byte[] pack(
      ByteBuffer source, int stride, int width, int height, int bytesPerPixel, byte[] into) {
    int rowBytes = width * bytesPerPixel;
    if (stride == rowBytes) {
      source.get(0, into, 0, rowBytes * height);
      return into;
    }
    for (int y = 0; y < height; y++) {
      source.get(y * stride, into, y * rowBytes, rowBytes);
    }
    return into;
  }

  private static byte[] turn(byte[] in, int width, int height, int bpp, int clockwiseDegrees) {
    byte[] out = new byte[width * height * bpp];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        int from = (y * width + x) * bpp;
        int to = target(x, y, width, height, clockwiseDegrees) * bpp;
        for (int c = 0; c < bpp; c++) {
          out[to + c] = in[from + c];
        }
      }
    }
    return out;
  }

  // Where pixel (x, y) lands, as a pixel offset. Turned by a quarter, the output is height pixels
  // wide and width pixels high.
  private static int target(int x, int y, int width, int height, int clockwiseDegrees) {
    return switch (clockwiseDegrees) {
      case 90 -> x * height + (height - 1 - y);
      case 180 -> (height - 1 - y) * width + (width - 1 - x);
      case 270 -> (width - 1 - x) * height + y;
      default ->
          throw new IllegalArgumentException(
              "rotation must be 0, 90, 180 or 270 degrees, got " + clockwiseDegrees);
    };
  }
}
