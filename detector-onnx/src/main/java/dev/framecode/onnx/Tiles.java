package dev.framecode.onnx;

import dev.framecode.Rect;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a large frame into overlapping tiles of about {@code scale} model inputs each, so that a
 * tile is shrunk by at most {@code scale} on its way into the model.
 */
final class Tiles {

  private Tiles() {}

  /**
   * Returns the tiles covering a {@code width x height} frame, in frame pixels; empty when the
   * frame's long side is at most {@code scale} times the input's long side, so tiling would not
   * help.
   */
  static List<Rect> of(
      int width, int height, int inputWidth, int inputHeight, double scale, double overlap) {
    int tileWidth = (int) Math.min(width, Math.round(inputWidth * scale));
    int tileHeight = (int) Math.min(height, Math.round(inputHeight * scale));
    if (Math.max(width, height) <= scale * Math.max(inputWidth, inputHeight)) {
      return List.of();
    }
    List<Rect> tiles = new ArrayList<>();
    for (int y : starts(height, tileHeight, overlap)) {
      for (int x : starts(width, tileWidth, overlap)) {
        tiles.add(new Rect(x, y, tileWidth, tileHeight));
      }
    }
    return tiles;
  }

  /** Returns evenly spread tile origins along one axis, the last one flush with the end. */
  private static List<Integer> starts(int length, int tile, double overlap) {
    if (tile >= length) {
      return List.of(0);
    }
    double step = tile * (1 - overlap);
    int count = (int) Math.ceil((length - tile) / step) + 1;
    List<Integer> starts = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      starts.add((int) Math.round((double) (length - tile) * i / (count - 1)));
    }
    return starts;
  }

  /**
   * Returns whether {@code box}, in tile pixels, touches an edge of {@code tile} that lies inside
   * the frame: such a box is likely a code cut by the tile, better seen by a neighbour or by the
   * whole-frame pass.
   */
  static boolean cutByTile(Rect box, Rect tile, int frameWidth, int frameHeight) {
    double margin = 2;
    boolean left = tile.x() > 0 && box.x() <= margin;
    boolean top = tile.y() > 0 && box.y() <= margin;
    boolean right = tile.maxX() < frameWidth && box.maxX() >= tile.width() - margin;
    boolean bottom = tile.maxY() < frameHeight && box.maxY() >= tile.height() - margin;
    return left || top || right || bottom;
  }
}
