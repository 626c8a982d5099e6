package dev.framecode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GeometryTest {

  @Test
  void iouOfHalfOverlappingSquaresIsOneThird() {
    Rect a = new Rect(0, 0, 10, 10);
    Rect b = new Rect(5, 0, 10, 10);

    assertThat(a.iou(b)).isCloseTo(1.0 / 3, within(1e-9));
  }

  @Test
  void disjointRectanglesHaveZeroIouAndAnEmptyIntersection() {
    Rect a = new Rect(0, 0, 10, 10);
    Rect b = new Rect(20, 20, 5, 5);

    assertThat(a.iou(b)).isZero();
    assertThat(a.intersect(b).area()).isZero();
  }

  @Test
  void cornersMayBeGivenInAnyOrder() {
    assertThat(Rect.ofCorners(10, 8, 2, 3)).isEqualTo(new Rect(2, 3, 8, 5));
  }

  @Test
  void quadBoundsCoverARotatedSquare() {
    Quad diamond = new Quad(new Point(5, 0), new Point(10, 5), new Point(5, 10), new Point(0, 5));

    assertThat(diamond.bounds()).isEqualTo(new Rect(0, 0, 10, 10));
    assertThat(diamond.center()).isEqualTo(new Point(5, 5));
  }

  @Test
  void rejectsNegativeSizes() {
    assertThatThrownBy(() -> new Rect(0, 0, -1, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1.0 x 4.0");
  }
}
