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
    if (clockwiseDegrees == 180) {
      for (int i = 0, n = width * height; i < n; i++) {
        System.arraycopy(in, i * bpp, out, (n - 1 - i) * bpp, bpp);
      }
      return out;
    }
    // Turned by a quarter, the output is height pixels wide and width pixels high.
    boolean clockwise = clockwiseDegrees == 90;
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        int outX = clockwise ? height - 1 - y : y;
        int outY = clockwise ? x : width - 1 - x;
        System.arraycopy(in, (y * width + x) * bpp, out, (outY * height + outX) * bpp, bpp);
      }
    }
    return out;
  }
}
