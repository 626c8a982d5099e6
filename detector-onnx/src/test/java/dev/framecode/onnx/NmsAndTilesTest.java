package dev.framecode.onnx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.framecode.Detection;
import dev.framecode.Rect;
import java.util.List;
import org.junit.jupiter.api.Test;

class NmsAndTilesTest {

  private static Detection det(double x, double y, float score, int classId) {
    return new Detection(new Rect(x, y, 100, 50), score, classId, "c" + classId);
  }

  @Test
  void suppressionKeepsTheStrongestOfOverlappingBoxesBestFirst() {
    List<Detection> kept =
        Nms.suppress(
            List.of(det(0, 0, 0.5f, 0), det(5, 0, 0.9f, 0), det(300, 0, 0.7f, 0)), 0.5f, false, 10);

    assertThat(kept).extracting(Detection::score).containsExactly(0.9f, 0.7f);
  }

  @Test
  void classAwareSuppressionKeepsOverlappingBoxesOfOtherClasses() {
    List<Detection> both = List.of(det(0, 0, 0.9f, 0), det(5, 0, 0.8f, 1));

    assertThat(Nms.suppress(both, 0.5f, false, 10)).hasSize(2);
    assertThat(Nms.suppress(both, 0.5f, true, 10)).hasSize(1);
  }

  @Test
  void suppressionStopsAtMaxDetections() {
    List<Detection> many = List.of(det(0, 0, 0.9f, 0), det(200, 0, 0.8f, 0), det(400, 0, 0.7f, 0));

    assertThat(Nms.suppress(many, 0.5f, false, 2)).hasSize(2);
  }

  @Test
  void smallFramesAreNotTiled() {
    assertThat(Tiles.of(640, 480, 320, 320, 2.0, 0.25)).isEmpty();
  }

  @Test
  void tilesCoverALargeFrameWithOverlapAndStayInside() {
    List<Rect> tiles = Tiles.of(4000, 3000, 320, 320, 2.0, 0.25);

    assertThat(tiles).allSatisfy(t -> assertThat(t.width()).isEqualTo(640));
    assertThat(tiles).allSatisfy(t -> assertThat(t.maxX()).isLessThanOrEqualTo(4000));
    assertThat(tiles).allSatisfy(t -> assertThat(t.maxY()).isLessThanOrEqualTo(3000));
    assertThat(tiles).anySatisfy(t -> assertThat(t.maxX()).isEqualTo(4000));
    assertThat(tiles).anySatisfy(t -> assertThat(t.maxY()).isEqualTo(3000));
    // 4000 wide needs ceil(3360 / 480) + 1 = 8 columns, 3000 high ceil(2360 / 480) + 1 = 6 rows.
    assertThat(tiles).hasSize(48);
  }

  @Test
  void boxesTouchingAnInnerTileEdgeAreMarkedCut() {
    Rect tile = new Rect(640, 0, 640, 640);

    assertThat(Tiles.cutByTile(new Rect(0, 100, 50, 50), tile, 4000, 3000)).isTrue();
    assertThat(Tiles.cutByTile(new Rect(100, 0, 50, 50), tile, 4000, 3000)).isFalse();
    assertThat(Tiles.cutByTile(new Rect(100, 100, 50, 50), tile, 4000, 3000)).isFalse();
  }
}
