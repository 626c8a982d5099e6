package dev.framecode.onnx;

import dev.framecode.Frame;
import dev.framecode.Rect;
import java.nio.FloatBuffer;

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
   * Shrinking averages the source pixels under each input pixel (at most 4 x 4 of them, evenly
   * spread, when it shrinks by more than 4); growing interpolates bilinearly.
   */
  void fill(Frame frame, FloatBuffer out) {
    int plane = inputWidth * inputHeight;
    for (int i = 0; i < 3 * plane; i++) {
      out.put(i, PAD);
    }
    Sampler sampler = new Sampler(frame);
    float[] rgb = new float[3];
    for (int y = 0; y < scaledHeight; y++) {
      int row = (top + y) * inputWidth + left;
      for (int x = 0; x < scaledWidth; x++) {
        sampler.sample(x, y, this, rgb);
        out.put(row + x, rgb[0]);
        out.put(plane + row + x, rgb[1]);
        out.put(2 * plane + row + x, rgb[2]);
      }
    }
  }

  /** Reads RGB values in [0, 1] from a frame of any pixel format. */
  private static final class Sampler {
    private static final int MAX_TAPS = 4;
    private final byte[] pixels;
    private final int stride;
    private final int bpp;
    private final int red;
    private final int blue;
    private final int width;
    private final int height;

    Sampler(Frame frame) {
      // One copy of the frame, read as an array: far faster than a buffer read byte by byte.
      this.pixels = frame.toPackedBytes();
      this.bpp = frame.format().bytesPerPixel();
      this.stride = frame.width() * bpp;
      this.red =
          switch (frame.format()) {
            case RGB24, GRAY8 -> 0;
            case BGR24 -> 2;
          };
      this.blue = bpp == 1 ? 0 : 2 - red;
      this.width = frame.width();
      this.height = frame.height();
    }

    /** Samples the footprint of input pixel {@code (x, y)} of the scaled image into rgb. */
    void sample(int x, int y, Letterbox box, float[] rgb) {
      double sx = box.scaleX();
      double sy = box.scaleY();
      if (sx < 1 || sy < 1) {
        average(x / sx, (x + 1) / sx, y / sy, (y + 1) / sy, rgb);
      } else {
        bilinear((x + 0.5) / sx - 0.5, (y + 0.5) / sy - 0.5, rgb);
      }
    }

    private void average(double x0, double x1, double y0, double y1, float[] rgb) {
      int ax = (int) Math.floor(x0);
      int bx = Math.max(ax + 1, Math.min(width, (int) Math.ceil(x1)));
      int ay = (int) Math.floor(y0);
      int by = Math.max(ay + 1, Math.min(height, (int) Math.ceil(y1)));
      // At most MAX_TAPS x MAX_TAPS samples per footprint: shrinking a 4K frame stays cheap.
      int stepX = Math.max(1, (bx - ax) / MAX_TAPS);
      int stepY = Math.max(1, (by - ay) / MAX_TAPS);
      int green = bpp == 1 ? 0 : 1;
      int r = 0;
      int g = 0;
      int b = 0;
      int n = 0;
      for (int yy = ay; yy < by; yy += stepY) {
        for (int xx = ax; xx < bx; xx += stepX, n++) {
          int i = yy * stride + xx * bpp;
          r += pixels[i + red] & 0xFF;
          g += pixels[i + green] & 0xFF;
          b += pixels[i + blue] & 0xFF;
        }
      }
      float scale = 255f * n;
      rgb[0] = r / scale;
      rgb[1] = g / scale;
      rgb[2] = b / scale;
    }

    private void bilinear(double fx, double fy, float[] rgb) {
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
