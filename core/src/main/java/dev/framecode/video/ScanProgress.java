package dev.framecode.video;

/**
 * How far a scan has come.
 *
 * @param framesDone frames fully processed so far
 * @param frameCount frames in the video, -1 when unknown
 * @param elapsedNanos time since the scan started
 * @param codesConfirmed unique payloads confirmed so far
 */
public record ScanProgress(
    long framesDone, long frameCount, long elapsedNanos, int codesConfirmed) {

  /**
   * Checks the counts.
   *
   * @param framesDone frames fully processed so far
   * @param frameCount frames in the video, -1 when unknown
   * @param elapsedNanos time since the scan started
   * @param codesConfirmed unique payloads confirmed so far
   * @throws IllegalArgumentException if a count is negative
   */
  public ScanProgress {
    if (framesDone < 0 || elapsedNanos < 0 || codesConfirmed < 0) {
      throw new IllegalArgumentException(
          "progress counts must be >= 0, got frames "
              + framesDone
              + ", nanos "
              + elapsedNanos
              + ", codes "
              + codesConfirmed);
    }
  }

  /** {@return frames per second so far, 0 before any time has passed} */
  public double framesPerSecond() {
    return elapsedNanos == 0 ? 0 : framesDone * 1e9 / elapsedNanos;
  }

  /** {@return the share of the video done, from 0 to 1, or -1 when the length is unknown} */
  public double fraction() {
    return frameCount <= 0 ? -1 : Math.min(1, (double) framesDone / frameCount);
  }
}
