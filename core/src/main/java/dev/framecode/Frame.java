package dev.framecode;

import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * An immutable image: one still, or one frame of a video with its index and presentation time.
 *
 * <p>Pixels are 8-bit, laid out as {@link #format()} says, row by row from the top; a row starts
 * {@link #stride()} bytes after the previous one. A frame may be a view into a larger pixel array:
 * {@link #crop} makes such views without copying.
 *
 * <p>A frame never changes once made. {@link #wrap} hands the array to the frame, and the caller
 * must not write to it afterwards; {@link #copyOf} copies instead. Frames are safe to share between
 * threads.
 */
public final class Frame {

  private final byte[] pixels;
  private final int offset;
  private final int stride;
  private final int width;
  private final int height;
  private final PixelFormat format;
  private final long index;
  private final long timestampMicros;

  private Frame(
      byte[] pixels,
      int offset,
      int stride,
      int width,
      int height,
      PixelFormat format,
      long index,
      long timestampMicros) {
    this.pixels = pixels;
    this.offset = offset;
    this.stride = stride;
    this.width = width;
    this.height = height;
    this.format = format;
    this.index = index;
    this.timestampMicros = timestampMicros;
  }

  /**
   * {@return a frame over {@code pixels}, packed rows of {@code width * bytesPerPixel} bytes} The
   * frame takes the array: the caller must not modify it afterwards.
   *
   * @param pixels the pixel bytes, top row first
   * @param width width in pixels, at least 1
   * @param height height in pixels, at least 1
   * @param format how the bytes of one pixel are laid out
   * @throws IllegalArgumentException if the array is too small for the size and format
   */
  public static Frame wrap(byte[] pixels, int width, int height, PixelFormat format) {
    return wrap(pixels, 0, width * format.bytesPerPixel(), width, height, format);
  }

  /**
   * {@return a frame over {@code pixels} starting at {@code offset}, rows {@code stride} bytes
   * apart} The frame takes the array: the caller must not modify it afterwards.
   *
   * @param pixels the pixel bytes, top row first
   * @param offset index in {@code pixels} of the first byte of the top row
   * @param stride bytes from the start of one row to the start of the next, at least one packed row
   * @param width width in pixels, at least 1
   * @param height height in pixels, at least 1
   * @param format how the bytes of one pixel are laid out
   * @throws IllegalArgumentException if the geometry does not fit the array
   */
  public static Frame wrap(
      byte[] pixels, int offset, int stride, int width, int height, PixelFormat format) {
    Objects.requireNonNull(pixels, "pixels");
    Objects.requireNonNull(format, "format");
    checkGeometry(pixels.length, offset, stride, width, height, format);
    return new Frame(pixels, offset, stride, width, height, format, 0, 0);
  }

  /**
   * {@return a frame over a private copy of {@code pixels}, packed rows with no padding}
   *
   * @param pixels the pixel bytes, top row first; copied, so the caller may reuse the array
   * @param width width in pixels, at least 1
   * @param height height in pixels, at least 1
   * @param format how the bytes of one pixel are laid out
   */
  public static Frame copyOf(byte[] pixels, int width, int height, PixelFormat format) {
    Objects.requireNonNull(pixels, "pixels");
    return wrap(pixels.clone(), width, height, format);
  }

  private static void checkGeometry(
      int length, int offset, int stride, int width, int height, PixelFormat format) {
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException(
          "frame size must be positive, got " + width + " x " + height);
    }
    long rowBytes = (long) width * format.bytesPerPixel();
    if (stride < rowBytes) {
      throw new IllegalArgumentException(
          "stride " + stride + " is shorter than a row of " + rowBytes + " bytes");
    }
    long needed = offset + (long) stride * (height - 1) + rowBytes;
    if (offset < 0 || needed > length) {
      throw new IllegalArgumentException(
          "a "
              + width
              + " x "
              + height
              + " "
              + format
              + " frame at offset "
              + offset
              + " with stride "
              + stride
              + " needs "
              + needed
              + " bytes, the array has "
              + length);
    }
  }

  /**
   * {@return this frame's pixels labelled as frame {@code index} of a video, shown at {@code
   * timestampMicros} microseconds from the start} The pixels are shared, not copied.
   *
   * @param index the frame number in the video, from 0
   * @param timestampMicros presentation time in microseconds
   */
  public Frame at(long index, long timestampMicros) {
    if (index < 0) {
      throw new IllegalArgumentException("frame index must be >= 0, got " + index);
    }
    return new Frame(pixels, offset, stride, width, height, format, index, timestampMicros);
  }

  /**
   * {@return a view of the rectangle {@code [x, x + width) x [y, y + height)} of this frame,
   * sharing its pixels} The view keeps this frame's index and timestamp; its own coordinates start
   * at 0 again.
   *
   * @param x left edge in this frame's pixels
   * @param y top edge in this frame's pixels
   * @param width width in pixels, at least 1
   * @param height height in pixels, at least 1
   * @throws IllegalArgumentException if the rectangle is empty or reaches outside this frame
   */
  public Frame crop(int x, int y, int width, int height) {
    if (x < 0
        || y < 0
        || width <= 0
        || height <= 0
        || x + width > this.width
        || y + height > this.height) {
      throw new IllegalArgumentException(
          "crop "
              + width
              + " x "
              + height
              + " at ("
              + x
              + ", "
              + y
              + ") does not fit in a "
              + this.width
              + " x "
              + this.height
              + " frame");
    }
    int start = offset + y * stride + x * format.bytesPerPixel();
    return new Frame(pixels, start, stride, width, height, format, index, timestampMicros);
  }

  /** {@return the width in pixels} */
  public int width() {
    return width;
  }

  /** {@return the height in pixels} */
  public int height() {
    return height;
  }

  /** {@return the pixel layout} */
  public PixelFormat format() {
    return format;
  }

  /** {@return the distance in bytes from the start of one row to the start of the next} */
  public int stride() {
    return stride;
  }

  /** {@return the position of this frame in its video, counted from 0; 0 for a still image} */
  public long index() {
    return index;
  }

  /** {@return the presentation time in microseconds from the start; 0 for a still image} */
  public long timestampMicros() {
    return timestampMicros;
  }

  /** {@return the presentation time in seconds from the start; 0 for a still image} */
  public double timestampSeconds() {
    return timestampMicros / 1e6;
  }

  /**
   * {@return a read-only buffer over the pixels: position 0 is the top left pixel, and rows are
   * {@link #stride()} bytes apart} No pixels are copied.
   */
  public ByteBuffer pixels() {
    int rowBytes = width * format.bytesPerPixel();
    int length = stride * (height - 1) + rowBytes;
    return ByteBuffer.wrap(pixels, offset, length).slice().asReadOnlyBuffer();
  }

  /**
   * {@return sample {@code channel} of the pixel at {@code (x, y)}, from 0 to 255}
   *
   * @param x column, from 0
   * @param y row, from 0
   * @param channel index of the byte within the pixel, in the order of the {@link PixelFormat}
   */
  public int sample(int x, int y, int channel) {
    return pixels[offset + y * stride + x * format.bytesPerPixel() + channel] & 0xFF;
  }

  /**
   * {@return the luminance of the pixel at {@code (x, y)}, from 0 to 255}
   *
   * @param x column, from 0
   * @param y row, from 0
   */
  public int luminance(int x, int y) {
    int i = offset + y * stride + x * format.bytesPerPixel();
    return switch (format) {
      case GRAY8 -> pixels[i] & 0xFF;
      case BGR24 -> luma(pixels[i + 2], pixels[i + 1], pixels[i]);
      case RGB24 -> luma(pixels[i], pixels[i + 1], pixels[i + 2]);
    };
  }

  /** {@return a new packed array of {@code width * height} luminance bytes, one per pixel} */
  public byte[] toGray() {
    byte[] gray = new byte[width * height];
    int bpp = format.bytesPerPixel();
    for (int y = 0; y < height; y++) {
      int src = offset + y * stride;
      int dst = y * width;
      if (format == PixelFormat.GRAY8) {
        System.arraycopy(pixels, src, gray, dst, width);
        continue;
      }
      int r = format == PixelFormat.RGB24 ? 0 : 2;
      int b = 2 - r;
      for (int x = 0; x < width; x++, src += bpp) {
        gray[dst + x] = (byte) luma(pixels[src + r], pixels[src + 1], pixels[src + b]);
      }
    }
    return gray;
  }

  /** {@return this frame as a packed 8-bit gray frame; returns itself if it already is one} */
  public Frame toGrayFrame() {
    if (format == PixelFormat.GRAY8 && stride == width) {
      return this;
    }
    return new Frame(toGray(), 0, width, width, height, PixelFormat.GRAY8, index, timestampMicros);
  }

  /** {@return a new array with the pixels in this frame's format, rows packed with no padding} */
  public byte[] toPackedBytes() {
    int rowBytes = width * format.bytesPerPixel();
    byte[] out = new byte[rowBytes * height];
    for (int y = 0; y < height; y++) {
      System.arraycopy(pixels, offset + y * stride, out, y * rowBytes, rowBytes);
    }
    return out;
  }

  // ITU-R BT.601 weights in 8-bit fixed point.
  private static int luma(byte r, byte g, byte b) {
    return (77 * (r & 0xFF) + 150 * (g & 0xFF) + 29 * (b & 0xFF) + 128) >> 8;
  }

  @Override
  public String toString() {
    return "Frame["
        + width
        + "x"
        + height
        + " "
        + format
        + ", index="
        + index
        + ", t="
        + timestampMicros
        + "us]";
  }
}
