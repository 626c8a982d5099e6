package dev.framecode;

/**
 * A point in frame pixels, origin at the top left corner of the frame, x to the right and y down.
 */
public record Point(double x, double y) {

  public Point {
    if (!Double.isFinite(x) || !Double.isFinite(y)) {
      throw new IllegalArgumentException("point must be finite, got (" + x + ", " + y + ")");
    }
  }

  /** Returns this point moved by {@code (dx, dy)}. */
  public Point translate(double dx, double dy) {
    return new Point(x + dx, y + dy);
  }

  /** Returns the Euclidean distance to {@code other}. */
  public double distanceTo(Point other) {
    return Math.hypot(other.x - x, other.y - y);
  }
}
