package dev.framecode;

import java.util.List;

/**
 * A quadrilateral in frame pixels, given by four corners in order around its outline. For a barcode
 * read upright, the order is top left, top right, bottom right, bottom left.
 */
public record Quad(Point p0, Point p1, Point p2, Point p3) {

  /**
   * Checks that all four corners are present.
   *
   * @param p0 the first corner; the top left one of an upright code
   * @param p1 the second corner, next along the outline
   * @param p2 the third corner
   * @param p3 the fourth corner
   * @throws NullPointerException if a corner is null
   */
  public Quad {
    if (p0 == null || p1 == null || p2 == null || p3 == null) {
      throw new NullPointerException("a quad needs four corners");
    }
  }

  /**
   * {@return the quad that traces the outline of {@code rect} clockwise from its top left}
   *
   * @param rect the rectangle to trace
   */
  public static Quad of(Rect rect) {
    return new Quad(
        new Point(rect.x(), rect.y()),
        new Point(rect.maxX(), rect.y()),
        new Point(rect.maxX(), rect.maxY()),
        new Point(rect.x(), rect.maxY()));
  }

  /** {@return the corners in order} */
  public List<Point> points() {
    return List.of(p0, p1, p2, p3);
  }

  /** {@return the smallest axis-aligned rectangle that contains all four corners} */
  public Rect bounds() {
    double minX = Math.min(Math.min(p0.x(), p1.x()), Math.min(p2.x(), p3.x()));
    double minY = Math.min(Math.min(p0.y(), p1.y()), Math.min(p2.y(), p3.y()));
    double maxX = Math.max(Math.max(p0.x(), p1.x()), Math.max(p2.x(), p3.x()));
    double maxY = Math.max(Math.max(p0.y(), p1.y()), Math.max(p2.y(), p3.y()));
    return new Rect(minX, minY, maxX - minX, maxY - minY);
  }

  /** {@return the mean of the four corners} */
  public Point center() {
    return new Point(
        (p0.x() + p1.x() + p2.x() + p3.x()) / 4, (p0.y() + p1.y() + p2.y() + p3.y()) / 4);
  }

  /**
   * {@return this quad moved by {@code (dx, dy)}}
   *
   * @param dx pixels to move right; negative moves left
   * @param dy pixels to move down; negative moves up
   */
  public Quad translate(double dx, double dy) {
    return new Quad(
        p0.translate(dx, dy), p1.translate(dx, dy), p2.translate(dx, dy), p3.translate(dx, dy));
  }
}
