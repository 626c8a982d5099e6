package dev.framecode.video;

import dev.framecode.BarcodeFormat;
import dev.framecode.Quad;
import java.util.Objects;

/**
 * One unique code in a video: a payload and symbology, with when and where it was seen.
 *
 * @param text the payload
 * @param format the symbology
 * @param firstSeenMicros presentation time of the first frame it was seen in
 * @param lastSeenMicros presentation time of the last frame it was seen in
 * @param frames how many scanned frames showed it, at least one instance counted once per frame;
 *     frames between two sightings of a track count when the gap is one the scanner expects (its
 *     re-check interval), not after a longer absence
 * @param instances the most copies of it read in one frame, each on its own track: two identical
 *     labels side by side are two; one label that leaves and comes back is one
 * @param bestOutline where it was in the frame it was read best (the largest read), frame pixels
 * @param bestFrameIndex the index of that frame
 */
public record VideoCode(
    String text,
    BarcodeFormat format,
    long firstSeenMicros,
    long lastSeenMicros,
    long frames,
    int instances,
    Quad bestOutline,
    long bestFrameIndex) {

  /**
   * Checks the components.
   *
   * @param text the payload
   * @param format the symbology
   * @param firstSeenMicros presentation time of the first frame it was seen in
   * @param lastSeenMicros presentation time of the last frame it was seen in
   * @param frames how many scanned frames showed it, at least one instance counted once per frame;
   *     frames between two sightings of a track count when the gap is one the scanner expects (its
   *     re-check interval), not after a longer absence
   * @param instances the most copies of it read in one frame, each on its own track: two identical
   *     labels side by side are two; one label that leaves and comes back is one
   * @param bestOutline where it was in the frame it was read best (the largest read), frame pixels
   * @param bestFrameIndex the index of that frame
   * @throws NullPointerException if the text, format or outline is null
   * @throws IllegalArgumentException if it was last seen before it was first seen, or frames or
   *     instances are less than 1
   */
  public VideoCode {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(bestOutline, "bestOutline");
    if (lastSeenMicros < firstSeenMicros) {
      throw new IllegalArgumentException(
          "last seen " + lastSeenMicros + " us is before first seen " + firstSeenMicros + " us");
    }
    if (frames < 1 || instances < 1) {
      throw new IllegalArgumentException(
          "frames and instances must be >= 1, got " + frames + " and " + instances);
    }
  }

  /** {@return the first time it was seen, in seconds} */
  public double firstSeenSeconds() {
    return firstSeenMicros / 1e6;
  }

  /** {@return the last time it was seen, in seconds} */
  public double lastSeenSeconds() {
    return lastSeenMicros / 1e6;
  }
}
