package dev.framecode.video;

import dev.framecode.Annotation;
import dev.framecode.BarcodeFormat;
import dev.framecode.Quad;

/**
 * One track as it stands after a frame: where the code is and what it is believed to say.
 *
 * @param trackId the track's number, unique within one scan, counted from 1
 * @param outline where the code is in this frame, in frame pixels; predicted from its motion when
 *     it was not observed in this frame
 * @param text the payload with the most reads so far, or {@code null} before any read
 * @param format the symbology of {@code text}, or {@code null} before any read
 * @param confirmed whether the payload passed the {@link Confirmation} rule
 * @param observed whether the code was read or detected in this frame
 */
public record TrackedCode(
    int trackId,
    Quad outline,
    String text,
    BarcodeFormat format,
    boolean confirmed,
    boolean observed) {

  /**
   * Checks the components.
   *
   * @param trackId the track's number, unique within one scan, counted from 1
   * @param outline where the code is in this frame, in frame pixels; predicted from its motion when
   *     it was not observed in this frame
   * @param text the payload with the most reads so far, or {@code null} before any read
   * @param format the symbology of {@code text}, or {@code null} before any read
   * @param confirmed whether the payload passed the {@link Confirmation} rule
   * @param observed whether the code was read or detected in this frame
   * @throws NullPointerException if {@code outline} is null
   * @throws IllegalArgumentException if the track id is less than 1, or only one of text and format
   *     is given
   */
  public TrackedCode {
    if (trackId < 1) {
      throw new IllegalArgumentException("trackId must be >= 1, got " + trackId);
    }
    if (outline == null) {
      throw new NullPointerException("outline");
    }
    if ((text == null) != (format == null)) {
      throw new IllegalArgumentException(
          "text and format are known together, got text " + text + " and format " + format);
    }
  }

  /**
   * {@return this track as something to draw: its outline, and a label with the payload (cut to 40
   * characters), the format and the track number; a question mark marks an unconfirmed payload}
   */
  public Annotation annotation() {
    StringBuilder label = new StringBuilder();
    if (text != null) {
      String shown = text.length() > 40 ? text.substring(0, 39) + "~" : text;
      label.append(shown.replaceAll("\\p{Cntrl}", " ")).append(' ').append(format);
      if (!confirmed) {
        label.append('?');
      }
      label.append(' ');
    }
    label.append('#').append(trackId);
    return new Annotation(outline, label.toString());
  }
}
