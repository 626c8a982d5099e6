package dev.framecode.onnx;

import dev.framecode.Detection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Greedy non-maximum suppression over detections in frame pixels. */
final class Nms {

  /** Candidates beyond this many, weakest first, are dropped before suppression. */
  static final int MAX_CANDIDATES = 3000;

  private Nms() {}

  /**
   * Returns the strongest detections, best first, dropping every detection that overlaps a stronger
   * kept one by more than {@code iouThreshold}; across classes only when {@code agnostic}.
   */
  static List<Detection> suppress(
      List<Detection> candidates, float iouThreshold, boolean agnostic, int maxDetections) {
    List<Detection> sorted = new ArrayList<>(candidates);
    sorted.sort(Comparator.comparingDouble((Detection d) -> d.score()).reversed());
    if (sorted.size() > MAX_CANDIDATES) {
      sorted = sorted.subList(0, MAX_CANDIDATES);
    }
    List<Detection> kept = new ArrayList<>();
    for (Detection candidate : sorted) {
      if (kept.size() == maxDetections) {
        break;
      }
      if (!suppressed(candidate, kept, iouThreshold, agnostic)) {
        kept.add(candidate);
      }
    }
    return kept;
  }

  private static boolean suppressed(
      Detection candidate, List<Detection> kept, float iouThreshold, boolean agnostic) {
    for (Detection k : kept) {
      boolean comparable = agnostic || k.classId() == candidate.classId();
      if (comparable && k.box().iou(candidate.box()) > iouThreshold) {
        return true;
      }
    }
    return false;
  }
}
