package dev.framecode.javacv;

import static org.bytedeco.ffmpeg.global.avutil.AVCOL_RANGE_JPEG;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_GRAY8;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_NV12;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_NV16;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_NV21;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_NV24;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV410P;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV411P;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV422P;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV440P;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV444P;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUVA420P;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUVJ420P;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUVJ422P;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUVJ440P;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUVJ444P;
import static org.bytedeco.ffmpeg.global.swscale.SWS_BILINEAR;
import static org.bytedeco.ffmpeg.global.swscale.sws_freeContext;
import static org.bytedeco.ffmpeg.global.swscale.sws_getCachedContext;
import static org.bytedeco.ffmpeg.global.swscale.sws_scale;

import java.nio.ByteBuffer;
import java.util.Set;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.swscale.SwsContext;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.javacpp.PointerPointer;

/**
 * Takes the gray image out of a decoded picture. Most video is stored as luma plus subsampled
 * chroma, and the luma plane is the gray image: it is copied as it is, stretched from the limited
 * "TV" range to full range where the picture uses it, which is what a colour conversion to gray
 * would give at a fraction of the cost. Other layouts go through FFmpeg's converter. Not
 * thread-safe; {@link #close()} frees the converter.
 */
final class GrayPlane implements AutoCloseable {

  /** Layouts whose first plane is 8-bit luma, one byte per pixel. */
  private static final Set<Integer> LUMA_FIRST =
      Set.of(
          AV_PIX_FMT_GRAY8,
          AV_PIX_FMT_YUV420P,
          AV_PIX_FMT_YUVJ420P,
          AV_PIX_FMT_YUVA420P,
          AV_PIX_FMT_YUV422P,
          AV_PIX_FMT_YUVJ422P,
          AV_PIX_FMT_YUV444P,
          AV_PIX_FMT_YUVJ444P,
          AV_PIX_FMT_YUV440P,
          AV_PIX_FMT_YUVJ440P,
          AV_PIX_FMT_YUV411P,
          AV_PIX_FMT_YUV410P,
          AV_PIX_FMT_NV12,
          AV_PIX_FMT_NV21,
          AV_PIX_FMT_NV16,
          AV_PIX_FMT_NV24);

  /** Layouts whose luma is full range whatever the picture says. */
  private static final Set<Integer> FULL_RANGE =
      Set.of(
          AV_PIX_FMT_GRAY8,
          AV_PIX_FMT_YUVJ420P,
          AV_PIX_FMT_YUVJ422P,
          AV_PIX_FMT_YUVJ444P,
          AV_PIX_FMT_YUVJ440P);

  /** Limited-range luma, 16 to 235, stretched to 0 to 255. */
  private static final byte[] STRETCH = new byte[256];

  static {
    for (int v = 0; v < 256; v++) {
      STRETCH[v] = (byte) Math.max(0, Math.min(255, Math.round((v - 16) * 255.0 / 219.0)));
    }
  }

  private SwsContext converter;
  private BytePointer converted;
  private PointerPointer<BytePointer> destination;
  private IntPointer destinationStride;
  private long convertedSize;

  /** Returns whether pictures in {@code format} have their gray image in the first plane. */
  static boolean isLumaFirst(int format) {
    return LUMA_FIRST.contains(format);
  }

  /**
   * Returns the {@code width x height} gray image of {@code picture} as packed rows, in {@code
   * into} when it is large enough.
   */
  byte[] gray(AVFrame picture, int width, int height, byte[] into) {
    byte[] out = into != null && into.length >= width * height ? into : new byte[width * height];
    int format = picture.format();
    if (isLumaFirst(format) && picture.linesize(0) >= width) {
      copy(picture.data(0), picture.linesize(0), width, height, out);
      boolean full = FULL_RANGE.contains(format) || picture.color_range() == AVCOL_RANGE_JPEG;
      if (!full) {
        for (int i = 0; i < width * height; i++) {
          out[i] = STRETCH[out[i] & 0xFF];
        }
      }
      return out;
    }
    convert(picture, format, width, height, out);
    return out;
  }

  private void convert(AVFrame picture, int format, int width, int height, byte[] out) {
    converter =
        sws_getCachedContext(
            converter,
            width,
            height,
            format,
            width,
            height,
            AV_PIX_FMT_GRAY8,
            SWS_BILINEAR,
            null,
            null,
            (DoublePointer) null);
    if (converter == null) {
      throw new IllegalStateException("FFmpeg cannot convert pixel format " + format + " to gray");
    }
    long size = (long) width * height;
    if (converted == null || convertedSize < size) {
      freeConverted();
      converted = new BytePointer(size);
      convertedSize = size;
      // FFmpeg reads four plane pointers and four strides, however many planes the output has;
      // the unused ones are null. Closing a PointerPointer may free the pointers it holds, so it
      // lives as long as they do.
      destination = new PointerPointer<>(4);
      destination.put(0, converted);
      for (int plane = 1; plane < 4; plane++) {
        destination.put(plane, (Pointer) null);
      }
      destinationStride = new IntPointer(new int[4]);
    }
    destinationStride.put(0, width);
    sws_scale(
        converter, picture.data(), picture.linesize(), 0, height, destination, destinationStride);
    copy(converted, width, width, height, out);
  }

  private static void copy(BytePointer plane, int stride, int width, int height, byte[] out) {
    ByteBuffer rows = plane.capacity((long) stride * (height - 1) + width).asBuffer();
    for (int y = 0; y < height; y++) {
      rows.get(y * stride, out, y * width, width);
    }
  }

  @Override
  public void close() {
    if (converter != null) {
      sws_freeContext(converter);
      converter = null;
    }
    freeConverted();
  }

  private void freeConverted() {
    if (destination != null) {
      destination.close();
      destinationStride.close();
      destination = null;
      destinationStride = null;
    }
    if (converted != null) {
      converted.close();
      converted = null;
    }
  }
}
