package dev.framecode;

/** Layouts of the 8-bit pixels that a {@link Frame} can hold. */
public enum PixelFormat {
  /** One byte per pixel, luminance. */
  GRAY8(1),
  /** Three bytes per pixel in the order blue, green, red (FFmpeg's and OpenCV's default). */
  BGR24(3),
  /** Three bytes per pixel in the order red, green, blue. */
  RGB24(3);

  private final int bytesPerPixel;

  PixelFormat(int bytesPerPixel) {
    this.bytesPerPixel = bytesPerPixel;
  }

  /** {@return how many bytes one pixel takes} */
  public int bytesPerPixel() {
    return bytesPerPixel;
  }
}
