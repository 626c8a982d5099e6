package dev.framecode;

import java.util.Objects;

/**
 * A region where a detector thinks a barcode is.
 *
 * @param box the region in frame pixels
 * @param score the detector's confidence, from 0 to 1
 * @param classId the detector's class index, 0 for a one-class detector
 * @param label the class name, for example {@code "barcode"} or {@code "qr"}
 */
public record Detection(Rect box, float score, int classId, String label) {

  /**
   * Checks the components.
   *
   * @param box the region in frame pixels
   * @param score the detector's confidence, from 0 to 1
   * @param classId the detector's class index, 0 for a one-class detector
   * @param label the class name, for example {@code "barcode"} or {@code "qr"}
   * @throws NullPointerException if {@code box} or {@code label} is null
   * @throws IllegalArgumentException if the score is outside [0, 1] or the class id is negative
   */
  public Detection {
    Objects.requireNonNull(box, "box");
    Objects.requireNonNull(label, "label");
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score must be in [0, 1], got " + score);
    }
    if (classId < 0) {
      throw new IllegalArgumentException("classId must be >= 0, got " + classId);
    }
  }
}
