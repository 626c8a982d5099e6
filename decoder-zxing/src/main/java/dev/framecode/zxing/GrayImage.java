package dev.framecode.zxing;

import java.util.Arrays;

/**
 * A packed 8-bit gray image and the affine map from its pixels back to frame pixels, so that
 * whatever is found in a rescaled, rotated or padded variant can be reported in frame pixels.
 *
 * @param pixels packed rows, {@code width * height} bytes
 * @param toFrame maps this image's pixel coordinates to frame coordinates
 */
record GrayImage(byte[] pixels, int width, int height, Affine toFrame) {

  /** The share of pixels darker than the paper tone. */
  private static final double PAPER_QUANTILE = 0.9;

  static GrayImage of(byte[] pixels, int width, int height) {
    return new GrayImage(pixels, width, height, Affine.IDENTITY);
  }

  /** Returns the rectangle {@code [x, x + w) x [y, y + h)}, clipped to this image, as a copy. */
  GrayImage crop(int x, int y, int w, int h) {
    int x0 = Math.max(0, x);
    int y0 = Math.max(0, y);
    int x1 = Math.min(width, x + w);
    int y1 = Math.min(height, y + h);
    int cw = Math.max(1, x1 - x0);
    int ch = Math.max(1, y1 - y0);
    byte[] out = new byte[cw * ch];
    for (int row = 0; row < ch && y0 + row < height; row++) {
      System.arraycopy(pixels, (y0 + row) * width + x0, out, row * cw, Math.min(cw, width - x0));
    }
    return new GrayImage(out, cw, ch, toFrame.then(Affine.translation(x0, y0)));
  }

  /**
   * Returns this image with a border of {@code margin} pixels on every side, in the image's paper
   * tone (see {@link #paper()}).
   */
  GrayImage pad(int margin) {
    int w = width + 2 * margin;
    int h = height + 2 * margin;
    byte[] out = new byte[w * h];
    Arrays.fill(out, paper());
    for (int y = 0; y < height; y++) {
      System.arraycopy(pixels, y * width, out, (y + margin) * w + margin, width);
    }
    return new GrayImage(out, w, h, toFrame.then(Affine.translation(-margin, -margin)));
  }

  /**
   * Returns the tone of the light background the codes are printed on, taken as the level that a
   * tenth of the pixels are lighter than. A border in pure white beside grey paper would become the
   * lightest tone of each row, and ZXing's per-row threshold would then fall between paper and
   * border instead of between bars and paper.
   */
  byte paper() {
    int[] histogram = new int[256];
    int step = Math.max(1, pixels.length / 20_000);
    int counted = 0;
    for (int i = 0; i < pixels.length; i += step) {
      histogram[pixels[i] & 0xFF]++;
      counted++;
    }
    int below = (int) (counted * PAPER_QUANTILE);
    int level = 0;
    for (int sum = 0; level < 255; level++) {
      sum += histogram[level];
      if (sum > below) {
        break;
      }
    }
    return (byte) level;
  }

  /**
   * Returns this image resized by {@code factor}: box-filtered when shrinking, so thin bars are
   * averaged rather than dropped, and bilinear when enlarging.
   */
  GrayImage scale(double factor) {
    if (factor == 1) {
      return this;
    }
    int w = Math.max(1, (int) Math.round(width * factor));
    int h = Math.max(1, (int) Math.round(height * factor));
    byte[] out = factor < 1 ? shrink(w, h) : enlarge(w, h);
    double sx = (double) width / w;
    double sy = (double) height / h;
    return new GrayImage(out, w, h, toFrame.then(Affine.scaling(sx, sy)));
  }

  private byte[] shrink(int w, int h) {
    byte[] out = new byte[w * h];
    for (int y = 0; y < h; y++) {
      int sy0 = (int) ((long) y * height / h);
      int sy1 = Math.max(sy0 + 1, (int) ((long) (y + 1) * height / h));
      for (int x = 0; x < w; x++) {
        int sx0 = (int) ((long) x * width / w);
        int sx1 = Math.max(sx0 + 1, (int) ((long) (x + 1) * width / w));
        int sum = 0;
        for (int yy = sy0; yy < sy1; yy++) {
          int row = yy * width;
          for (int xx = sx0; xx < sx1; xx++) {
            sum += pixels[row + xx] & 0xFF;
          }
        }
        out[y * w + x] = (byte) (sum / ((sy1 - sy0) * (sx1 - sx0)));
      }
    }
    return out;
  }

  private byte[] enlarge(int w, int h) {
    byte[] out = new byte[w * h];
    double sx = (double) width / w;
    double sy = (double) height / h;
    for (int y = 0; y < h; y++) {
      double fy = (y + 0.5) * sy - 0.5;
      for (int x = 0; x < w; x++) {
        out[y * w + x] = (byte) bilinear((x + 0.5) * sx - 0.5, fy);
      }
    }
    return out;
  }

  /**
   * Returns this image turned by {@code degrees} (clockwise on screen) about its centre, on a
   * canvas large enough to hold all of it, the new corners filled in the paper tone.
   */
  GrayImage rotate(double degrees) {
    double radians = Math.toRadians(degrees);
    double cos = Math.cos(radians);
    double sin = Math.sin(radians);
    int w = (int) Math.ceil(Math.abs(width * cos) + Math.abs(height * sin));
    int h = (int) Math.ceil(Math.abs(width * sin) + Math.abs(height * cos));
    // Maps a pixel of the rotated canvas back onto this image.
    Affine back =
        Affine.translation(width / 2.0, height / 2.0)
            .then(Affine.rotation(-radians))
            .then(Affine.translation(-w / 2.0, -h / 2.0));
    byte[] out = new byte[w * h];
    byte fill = paper();
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        double sx = back.x(x, y);
        double sy = back.y(x, y);
        boolean inside = sx >= -0.5 && sy >= -0.5 && sx <= width - 0.5 && sy <= height - 0.5;
        out[y * w + x] = inside ? (byte) bilinear(sx, sy) : fill;
      }
    }
    return new GrayImage(out, w, h, toFrame.then(back));
  }

  /**
   * Returns this image enlarged {@code factor} times by repeating each pixel, which keeps the sharp
   * module edges of a symbol rendered one pixel per module, where interpolation would blur them
   * into grey.
   */
  GrayImage repeat(int factor) {
    if (factor < 1) {
      throw new IllegalArgumentException("factor must be >= 1, got " + factor);
    }
    int w = width * factor;
    byte[] out = new byte[w * height * factor];
    for (int y = 0; y < height * factor; y++) {
      int source = (y / factor) * width;
      for (int x = 0; x < w; x++) {
        out[y * w + x] = pixels[source + x / factor];
      }
    }
    return new GrayImage(
        out, w, height * factor, toFrame.then(Affine.scaling(1.0 / factor, 1.0 / factor)));
  }

  /** Returns this image with dark and light swapped. */
  GrayImage invert() {
    byte[] out = new byte[pixels.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = (byte) (255 - (pixels[i] & 0xFF));
    }
    return new GrayImage(out, width, height, toFrame);
  }

  private int bilinear(double x, double y) {
    double cx = Math.max(0, Math.min(width - 1, x));
    double cy = Math.max(0, Math.min(height - 1, y));
    int x0 = (int) cx;
    int y0 = (int) cy;
    int x1 = Math.min(width - 1, x0 + 1);
    int y1 = Math.min(height - 1, y0 + 1);
    double fx = cx - x0;
    double fy = cy - y0;
    double top =
        (pixels[y0 * width + x0] & 0xFF) * (1 - fx) + (pixels[y0 * width + x1] & 0xFF) * fx;
    double bottom =
        (pixels[y1 * width + x0] & 0xFF) * (1 - fx) + (pixels[y1 * width + x1] & 0xFF) * fx;
    return (int) Math.round(top * (1 - fy) + bottom * fy);
  }
}
