package dev.framecode;

/**
 * A point in frame pixels, origin at the top left corner of the frame, x to the right and y down.
 */
public record Point(double x, double y) {

  /**
   * Checks the coordinates.
   *
   * @param x distance from the left edge of the frame, in pixels
   * @param y distance from the top edge of the frame, in pixels
   * @throws IllegalArgumentException if a coordinate is NaN or infinite
   */
  public Point {
    if (!Double.isFinite(x) || !Double.isFinite(y)) {
      throw new IllegalArgumentException("point must be finite, got (" + x + ", " + y + ")");
    }
  }

  /**
   * {@return this point moved by {@code (dx, dy)}}
   *
   * @param dx pixels to move right; negative moves left
   * @param dy pixels to move down; negative moves up
   */
  public Point translate(double dx, double dy) {
    return new Point(x + dx, y + dy);
  }

  /**
   * {@return the Euclidean distance to {@code other}}
   *
   * @param other the other point, in the same pixel space
   */
  public double distanceTo(Point other) {
    return Math.hypot(other.x - x, other.y - y);
  }
}
