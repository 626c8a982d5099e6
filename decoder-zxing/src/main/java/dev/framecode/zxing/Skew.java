package dev.framecode.zxing;

/**
 * Estimates how far the edges in an image lean from the pixel grid, modulo a right angle: the bars
 * of a linear code, or the module edges of a matrix code, all lean by about the same angle.
 *
 * <p>Each gradient {@code g = gx + i gy} votes with {@code g^4 / |g|^2}: raising to the fourth
 * power maps directions a right angle apart onto one, and the division weighs each vote by the
 * squared edge strength. The angle of the sum, divided by four, is the dominant edge direction; the
 * length of the sum over the total weight says how much the edges agree (1 when all lean alike).
 *
 * @param degrees the lean in degrees, in (-45, 45]: rotating the image by {@code -degrees} with
 *     {@link GrayImage#rotate} brings the edges onto the grid
 * @param agreement how much the edges agree, from 0 (no dominant direction) to 1
 */
record Skew(double degrees, double agreement) {

  /** Below this squared gradient a pixel is flat: noise, not an edge. */
  private static final int MIN_EDGE_SQUARED = 24 * 24;

  static final Skew NONE = new Skew(0, 0);

  /** Measures the skew of {@code image}, looking at every {@code step}-th row and column. */
  static Skew of(GrayImage image, int step) {
    byte[] p = image.pixels();
    int w = image.width();
    int h = image.height();
    double re = 0;
    double im = 0;
    double total = 0;
    for (int y = 1; y < h - 1; y += step) {
      int row = y * w;
      for (int x = 1; x < w - 1; x += step) {
        // Scharr's kernels: their direction errs far less than plain differences do.
        int nw = p[row - w + x - 1] & 0xFF;
        int n = p[row - w + x] & 0xFF;
        int ne = p[row - w + x + 1] & 0xFF;
        int west = p[row + x - 1] & 0xFF;
        int east = p[row + x + 1] & 0xFF;
        int sw = p[row + w + x - 1] & 0xFF;
        int s = p[row + w + x] & 0xFF;
        int se = p[row + w + x + 1] & 0xFF;
        int gx = (3 * (ne + se) + 10 * east - 3 * (nw + sw) - 10 * west) / 16;
        int gy = (3 * (sw + se) + 10 * s - 3 * (nw + ne) - 10 * n) / 16;
        double m2 = (double) gx * gx + (double) gy * gy;
        if (m2 < MIN_EDGE_SQUARED) {
          continue;
        }
        // (gx + i gy)^2, then squared again, divided by |g|^2.
        double re2 = (double) gx * gx - (double) gy * gy;
        double im2 = 2.0 * gx * gy;
        re += (re2 * re2 - im2 * im2) / m2;
        im += (2 * re2 * im2) / m2;
        total += m2;
      }
    }
    if (total == 0) {
      return NONE;
    }
    double degrees = Math.toDegrees(Math.atan2(im, re)) / 4;
    return new Skew(degrees <= -45 ? degrees + 90 : degrees, Math.hypot(re, im) / total);
  }
}
