package dev.framecode.onnx;

import dev.framecode.Frame;
import dev.framecode.PixelFormat;
import dev.framecode.Rect;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.util.Arrays;

/**
 * The ultralytics letterbox: a frame scaled to fit the model input with its aspect ratio kept,
 * centred, and the rest padded with grey 114.
 *
 * <p>The scaled image is {@code round(width * r) x round(height * r)} for {@code r = min(inputW /
 * width, inputH / height)}, placed at {@code (left, top)} with {@code left = floor((inputW -
 * scaledW) / 2)}. Each axis keeps its own exact factor {@code scaledW / width}, so mapping back is
 * the exact inverse of the resampling, whatever the frame's aspect ratio.
 *
 * @param frameWidth frame width in frame pixels
 * @param frameHeight frame height in frame pixels
 * @param inputWidth model input width in model-input pixels
 * @param inputHeight model input height in model-input pixels
 * @param scaledWidth width of the scaled frame inside the input
 * @param scaledHeight height of the scaled frame inside the input
 * @param left padding left of the scaled frame, in model-input pixels
 * @param top padding above the scaled frame, in model-input pixels
 */
record Letterbox(
    int frameWidth,
    int frameHeight,
    int inputWidth,
    int inputHeight,
    int scaledWidth,
    int scaledHeight,
    int left,
    int top) {

  static final float PAD = 114f / 255f;

  /** Returns the letterbox that fits a {@code frameWidth x frameHeight} frame into the input. */
  static Letterbox fit(int frameWidth, int frameHeight, int inputWidth, int inputHeight) {
    double r = Math.min((double) inputWidth / frameWidth, (double) inputHeight / frameHeight);
    int scaledWidth = Math.max(1, Math.min(inputWidth, (int) Math.round(frameWidth * r)));
    int scaledHeight = Math.max(1, Math.min(inputHeight, (int) Math.round(frameHeight * r)));
    int left = (inputWidth - scaledWidth) / 2;
    int top = (inputHeight - scaledHeight) / 2;
    return new Letterbox(
        frameWidth, frameHeight, inputWidth, inputHeight, scaledWidth, scaledHeight, left, top);
  }

  /**
   * Returns the letterbox for a model of dynamic input size: the frame scaled as {@link #fit}
   * scales it into {@code maxWidth x maxHeight}, padded only up to the next multiple of {@code
   * stride} on each axis.
   */
  static Letterbox fitDynamic(
      int frameWidth, int frameHeight, int maxWidth, int maxHeight, int stride) {
    Letterbox full = fit(frameWidth, frameHeight, maxWidth, maxHeight);
    int width = Math.min(maxWidth, roundUp(full.scaledWidth(), stride));
    int height = Math.min(maxHeight, roundUp(full.scaledHeight(), stride));
    return fit(frameWidth, frameHeight, width, height);
  }

  private static int roundUp(int value, int multiple) {
    return (value + multiple - 1) / multiple * multiple;
  }

  /** Returns how many model-input pixels one frame pixel spans horizontally. */
  double scaleX() {
    return (double) scaledWidth / frameWidth;
  }

  /** Returns how many model-input pixels one frame pixel spans vertically. */
  double scaleY() {
    return (double) scaledHeight / frameHeight;
  }

  /**
   * Returns the frame-pixel rectangle for corners given in model-input pixels, clipped to the
   * frame; an empty rectangle when the box lies wholly in the padding.
   */
  Rect toFrame(double x1, double y1, double x2, double y2) {
    double fx1 = clamp((x1 - left) / scaleX(), frameWidth);
    double fy1 = clamp((y1 - top) / scaleY(), frameHeight);
    double fx2 = clamp((x2 - left) / scaleX(), frameWidth);
    double fy2 = clamp((y2 - top) / scaleY(), frameHeight);
    return Rect.ofCorners(fx1, fy1, fx2, fy2);
  }

  private static double clamp(double v, int max) {
    return Math.max(0, Math.min(max, v));
  }

  /**
   * Writes the letterboxed frame into {@code out} as planar RGB floats in [0, 1], from position 0:
   * the red plane, then green, then blue, each {@code inputHeight} rows of {@code inputWidth}.
   * Shrinking averages the source pixels under each input pixel (along each axis all of them when
   * it shrinks by less than 8, else 4 to 7 evenly spread); growing interpolates bilinearly.
   */
  void fill(Frame frame, FloatBuffer out) {
    float[] row = new float[inputWidth];
    Arrays.fill(row, PAD);
    for (int i = 0; i < 3 * inputHeight; i++) {
      out.put(i * inputWidth, row);
    }
    if (scaleX() < 1 || scaleY() < 1) {
      shrink(frame, out);
    } else {
      grow(frame, out);
    }
  }

  /** Shrinking by more than twice this samples every (shrink / MAX_TAPS)th source pixel. */
  private static final int MAX_TAPS = 4;

  /**
   * The source pixels averaged for each input pixel along one axis: for input pixel {@code i},
   * {@code count[i]} pixels from {@code first[i]}, {@code step[i]} apart.
   */
  private record Taps(int[] first, int[] step, int[] count) {

    /** The taps for {@code scaled} input pixels over {@code size} source pixels. */
    static Taps of(int scaled, int size) {
      double scale = (double) scaled / size;
      int[] first = new int[scaled];
      int[] step = new int[scaled];
      int[] count = new int[scaled];
      for (int i = 0; i < scaled; i++) {
        int a = (int) Math.floor(i / scale);
        int b = Math.max(a + 1, Math.min(size, (int) Math.ceil((i + 1) / scale)));
        first[i] = a;
        step[i] = Math.max(1, (b - a) / MAX_TAPS);
        count[i] = (b - a + step[i] - 1) / step[i];
      }
      return new Taps(first, step, count);
    }
  }

  // Whole rows at a time: the taps are worked out once per axis, the rows a tap needs are copied
  // out of the frame once per input row, and each plane's row is written with one bulk put.
  private void shrink(Frame frame, FloatBuffer out) {
    Taps xs = Taps.of(scaledWidth, frameWidth);
    Taps ys = Taps.of(scaledHeight, frameHeight);
    int bpp = frame.format().bytesPerPixel();
    int rowBytes = frameWidth * bpp;
    int red = frame.format() == PixelFormat.BGR24 ? 2 : 0;
    int green = bpp == 1 ? 0 : 1;
    int blue = bpp == 1 ? 0 : 2 - red;
    ByteBuffer pixels = frame.pixels();
    byte[][] rows = new byte[Arrays.stream(ys.count()).max().orElse(1)][rowBytes];
    float[] r = new float[scaledWidth];
    float[] g = new float[scaledWidth];
    float[] b = new float[scaledWidth];
    int plane = inputWidth * inputHeight;
    for (int y = 0; y < scaledHeight; y++) {
      int tapRows = ys.count()[y];
      for (int t = 0; t < tapRows; t++) {
        int sourceRow = ys.first()[y] + t * ys.step()[y];
        pixels.get(sourceRow * frame.stride(), rows[t], 0, rowBytes);
      }
      int at = (top + y) * inputWidth + left;
      if (bpp == 1) {
        averageGray(rows, tapRows, xs, r);
        out.put(at, r);
        out.put(plane + at, r);
        out.put(2 * plane + at, r);
        continue;
      }
      for (int x = 0; x < scaledWidth; x++) {
        int x0 = xs.first()[x] * bpp;
        int dx = xs.step()[x] * bpp;
        int taps = xs.count()[x];
        int sr = 0;
        int sg = 0;
        int sb = 0;
        for (int t = 0; t < tapRows; t++) {
          byte[] source = rows[t];
          for (int k = 0, i = x0; k < taps; k++, i += dx) {
            sr += source[i + red] & 0xFF;
            sg += source[i + green] & 0xFF;
            sb += source[i + blue] & 0xFF;
          }
        }
        float scale = 255f * taps * tapRows;
        r[x] = sr / scale;
        g[x] = sg / scale;
        b[x] = sb / scale;
      }
      out.put(at, r);
      out.put(plane + at, g);
      out.put(2 * plane + at, b);
    }
  }

  // One channel, read once per tap instead of three times.
  private static void averageGray(byte[][] rows, int tapRows, Taps xs, float[] out) {
    for (int x = 0; x < out.length; x++) {
      int x0 = xs.first()[x];
      int dx = xs.step()[x];
      int taps = xs.count()[x];
      int sum = 0;
      for (int t = 0; t < tapRows; t++) {
        byte[] source = rows[t];
        for (int k = 0, i = x0; k < taps; k++, i += dx) {
          sum += source[i] & 0xFF;
        }
      }
      out[x] = sum / (255f * taps * tapRows);
    }
  }

  private void grow(Frame frame, FloatBuffer out) {
    Sampler sampler = new Sampler(frame);
    float[] rgb = new float[3];
    int plane = inputWidth * inputHeight;
    for (int y = 0; y < scaledHeight; y++) {
      int row = (top + y) * inputWidth + left;
      for (int x = 0; x < scaledWidth; x++) {
        sampler.bilinear((x + 0.5) / scaleX() - 0.5, (y + 0.5) / scaleY() - 0.5, rgb);
        out.put(row + x, rgb[0]);
        out.put(plane + row + x, rgb[1]);
        out.put(2 * plane + row + x, rgb[2]);
      }
    }
  }

  /** Interpolates RGB values in [0, 1] from a frame of any pixel format. */
  private static final class Sampler {
    private final byte[] pixels;
    private final int stride;
    private final int bpp;
    private final int red;
    private final int blue;
    private final int width;
    private final int height;

    Sampler(Frame frame) {
      // Growing means a frame smaller than the model input: one copy of it is cheap.
      this.pixels = frame.toPackedBytes();
      this.bpp = frame.format().bytesPerPixel();
      this.stride = frame.width() * bpp;
      this.red = frame.format() == PixelFormat.BGR24 ? 2 : 0;
      this.blue = bpp == 1 ? 0 : 2 - red;
      this.width = frame.width();
      this.height = frame.height();
    }

    void bilinear(double fx, double fy, float[] rgb) {
      int x0 = clampIndex((int) Math.floor(fx), width);
      int y0 = clampIndex((int) Math.floor(fy), height);
      int x1 = clampIndex(x0 + 1, width);
      int y1 = clampIndex(y0 + 1, height);
      double ax = Math.max(0, Math.min(1, fx - x0));
      double ay = Math.max(0, Math.min(1, fy - y0));
      int green = bpp == 1 ? 0 : 1;
      int[] channels = {red, green, blue};
      for (int c = 0; c < 3; c++) {
        int ch = channels[c];
        double top = lerp(at(x0, y0, ch), at(x1, y0, ch), ax);
        double bottom = lerp(at(x0, y1, ch), at(x1, y1, ch), ax);
        rgb[c] = (float) (lerp(top, bottom, ay) / 255.0);
      }
    }

    private int at(int x, int y, int channel) {
      return pixels[y * stride + x * bpp + channel] & 0xFF;
    }

    private static double lerp(double a, double b, double t) {
      return a + (b - a) * t;
    }

    private static int clampIndex(int v, int size) {
      return Math.max(0, Math.min(size - 1, v));
    }
  }
}
