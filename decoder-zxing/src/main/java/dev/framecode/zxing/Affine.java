package dev.framecode.zxing;

/**
 * A 2-D affine map {@code (x, y) -> (a x + b y + c, d x + e y + f)}. {@code p.then(q)} applies
 * {@code q} first, then {@code p}, as matrices multiply.
 */
record Affine(double a, double b, double c, double d, double e, double f) {

  static final Affine IDENTITY = new Affine(1, 0, 0, 0, 1, 0);

  static Affine translation(double dx, double dy) {
    return new Affine(1, 0, dx, 0, 1, dy);
  }

  static Affine scaling(double sx, double sy) {
    return new Affine(sx, 0, 0, 0, sy, 0);
  }

  /** A turn by {@code radians}, clockwise on screen (y points down). */
  static Affine rotation(double radians) {
    double cos = Math.cos(radians);
    double sin = Math.sin(radians);
    return new Affine(cos, -sin, 0, sin, cos, 0);
  }

  /** Returns the map that applies {@code inner} first and this one second. */
  Affine then(Affine inner) {
    return new Affine(
        a * inner.a + b * inner.d,
        a * inner.b + b * inner.e,
        a * inner.c + b * inner.f + c,
        d * inner.a + e * inner.d,
        d * inner.b + e * inner.e,
        d * inner.c + e * inner.f + f);
  }

  double x(double x, double y) {
    return a * x + b * y + c;
  }

  double y(double x, double y) {
    return d * x + e * y + f;
  }
}
