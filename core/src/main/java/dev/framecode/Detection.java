package dev.framecode;

import java.util.Objects;
import java.util.Optional;

/**
 * A region where a detector thinks a barcode is.
 *
 * @param box the region in frame pixels
 * @param score the detector's confidence, from 0 to 1
 * @param classId the detector's class index, 0 for a one-class detector
 * @param label the class name, for example {@code "barcode"} or {@code "qr"}; a label that is a
 *     {@link BarcodeFormat} name, such as {@code "QR_CODE"}, tells decoders to look for that format
 *     alone (see {@link #format()})
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

  /**
   * {@return the format this region's label names, or empty when it names none} The label names one
   * when a detector is trained with one class per symbology, or when a video tracker re-reads a
   * code it knows. Decoders that honour it look for that format alone, which is much cheaper than
   * looking for all of them.
   */
  public Optional<BarcodeFormat> format() {
    return BarcodeFormat.named(label);
  }
}
