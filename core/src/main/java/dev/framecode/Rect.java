package dev.framecode;

/**
 * An axis-aligned rectangle in frame pixels: {@code (x, y)} is the top left corner, and the
 * rectangle covers {@code [x, x + width) x [y, y + height)}.
 */
public record Rect(double x, double y, double width, double height) {

  /**
   * Checks the components.
   *
   * @param x the left edge, in frame pixels
   * @param y the top edge, in frame pixels
   * @param width the width in pixels, zero or more
   * @param height the height in pixels, zero or more
   * @throws IllegalArgumentException if a component is not finite or the size is negative
   */
  public Rect {
    if (!Double.isFinite(x) || !Double.isFinite(y)) {
      throw new IllegalArgumentException("rect origin must be finite, got (" + x + ", " + y + ")");
    }
    if (!(width >= 0) || !(height >= 0) || Double.isInfinite(width) || Double.isInfinite(height)) {
      throw new IllegalArgumentException(
          "rect size must be finite and non-negative, got " + width + " x " + height);
    }
  }

  /**
   * {@return the rectangle spanning the two corners {@code (x1, y1)} and {@code (x2, y2)}}
   *
   * @param x1 the x of one corner
   * @param y1 the y of the same corner
   * @param x2 the x of the opposite corner
   * @param y2 the y of the opposite corner
   */
  public static Rect ofCorners(double x1, double y1, double x2, double y2) {
    return new Rect(Math.min(x1, x2), Math.min(y1, y2), Math.abs(x2 - x1), Math.abs(y2 - y1));
  }

  /** {@return the right edge, {@code x + width}} */
  public double maxX() {
    return x + width;
  }

  /** {@return the bottom edge, {@code y + height}} */
  public double maxY() {
    return y + height;
  }

  /** {@return the area in square pixels} */
  public double area() {
    return width * height;
  }

  /** {@return the centre point} */
  public Point center() {
    return new Point(x + width / 2, y + height / 2);
  }

  /**
   * {@return whether {@code point} lies inside this rectangle or on its edge}
   *
   * @param point a point in the same pixel space
   */
  public boolean contains(Point point) {
    return point.x() >= x && point.x() <= maxX() && point.y() >= y && point.y() <= maxY();
  }

  /**
   * {@return the overlap of the two rectangles, or an empty rectangle when they do not meet}
   *
   * @param other a rectangle in the same pixel space
   */
  public Rect intersect(Rect other) {
    double left = Math.max(x, other.x);
    double top = Math.max(y, other.y);
    double right = Math.min(maxX(), other.maxX());
    double bottom = Math.min(maxY(), other.maxY());
    if (right <= left || bottom <= top) {
      return new Rect(left, top, 0, 0);
    }
    return new Rect(left, top, right - left, bottom - top);
  }

  /**
   * {@return intersection over union, 0 for disjoint or empty rectangles}
   *
   * @param other a rectangle in the same pixel space
   */
  public double iou(Rect other) {
    double overlap = intersect(other).area();
    double union = area() + other.area() - overlap;
    return union <= 0 ? 0 : overlap / union;
  }

  /**
   * {@return this rectangle grown by {@code margin} pixels on every side}
   *
   * @param margin pixels added on each side; negative shrinks, down to an empty rectangle
   */
  public Rect expand(double margin) {
    double w = Math.max(0, width + 2 * margin);
    double h = Math.max(0, height + 2 * margin);
    return new Rect(x - margin, y - margin, w, h);
  }

  /**
   * {@return this rectangle grown by {@code dx} pixels left and right and {@code dy} above and
   * below}
   *
   * @param dx pixels to add on the left and on the right
   * @param dy pixels to add above and below
   */
  public Rect expand(double dx, double dy) {
    double w = Math.max(0, width + 2 * dx);
    double h = Math.max(0, height + 2 * dy);
    return new Rect(x - dx, y - dy, w, h);
  }

  /**
   * {@return this rectangle moved by {@code (dx, dy)}}
   *
   * @param dx pixels to move right; negative moves left
   * @param dy pixels to move down; negative moves up
   */
  public Rect translate(double dx, double dy) {
    return new Rect(x + dx, y + dy, width, height);
  }
}
