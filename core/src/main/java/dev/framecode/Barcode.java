package dev.framecode;

import java.util.Arrays;
import java.util.Objects;

/**
 * One barcode read from one frame.
 *
 * @param text the decoded payload as text
 * @param rawBytes the payload bytes as the symbol encodes them, empty where the symbology has none
 *     apart from the text (most linear codes); the array is copied in and out
 * @param format the symbology
 * @param corners where the code is, in frame pixels; for a linear code read along one line the quad
 *     is a thin band around that line
 * @param frameIndex the index of the frame it was read from, 0 for a still image
 * @param timestampMicros the presentation time of that frame, 0 for a still image
 */
public record Barcode(
    String text,
    byte[] rawBytes,
    BarcodeFormat format,
    Quad corners,
    long frameIndex,
    long timestampMicros) {

  /**
   * Checks the components and copies the raw bytes, so that later changes to the array do not reach
   * this barcode; null raw bytes become an empty array.
   *
   * @param text the decoded payload as text
   * @param rawBytes the payload bytes as the symbol encodes them, empty where the symbology has
   *     none apart from the text (most linear codes); the array is copied in and out
   * @param format the symbology
   * @param corners where the code is, in frame pixels; for a linear code read along one line the
   *     quad is a thin band around that line
   * @param frameIndex the index of the frame it was read from, 0 for a still image
   * @param timestampMicros the presentation time of that frame, 0 for a still image
   * @throws NullPointerException if {@code text}, {@code format} or {@code corners} is null
   */
  public Barcode {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(corners, "corners");
    rawBytes = rawBytes == null ? new byte[0] : rawBytes.clone();
  }

  /**
   * {@return a copy of the payload bytes as the symbol encodes them, empty where the symbology has
   * none}
   */
  @Override
  public byte[] rawBytes() {
    return rawBytes.clone();
  }

  /**
   * {@return whether {@code other} is another reading of the same physical code: the same format
   * and text, with its centre on this code or within half this code's size of it} A linear code
   * read along two different lines, or a code read by two decoders, is the same code; two identical
   * labels side by side are not.
   *
   * @param other a barcode from the same frame or from a nearby frame
   */
  public boolean isSameCodeAs(Barcode other) {
    if (format != other.format || !text.equals(other.text)) {
      return false;
    }
    Rect bounds = corners.bounds();
    double reach = Math.max(bounds.width(), bounds.height()) * 0.5 + 4;
    return bounds.expand(reach).contains(other.corners.center());
  }

  /**
   * {@return a copy of this barcode with its corners moved by {@code (dx, dy)}}
   *
   * @param dx pixels to move right; negative moves left
   * @param dy pixels to move down; negative moves up
   */
  public Barcode translate(double dx, double dy) {
    return new Barcode(
        text, rawBytes, format, corners.translate(dx, dy), frameIndex, timestampMicros);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Barcode other
        && text.equals(other.text)
        && Arrays.equals(rawBytes, other.rawBytes)
        && format == other.format
        && corners.equals(other.corners)
        && frameIndex == other.frameIndex
        && timestampMicros == other.timestampMicros;
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, Arrays.hashCode(rawBytes), format, corners, frameIndex);
  }

  @Override
  public String toString() {
    return "Barcode[" + format + " \"" + text + "\" at " + corners.bounds() + "]";
  }
}
