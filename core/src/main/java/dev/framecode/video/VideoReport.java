package dev.framecode.video;

import dev.framecode.SourceInfo;
import java.util.List;
import java.util.Objects;

/**
 * What a whole-video scan found: each unique code once, in order of first appearance, and totals.
 *
 * @param source what the source said about the video
 * @param barcodes the confirmed codes, ordered by first sighting
 * @param framesScanned frames read from the source and tracked
 * @param fullFrameDecodes frames decoded whole
 * @param regionDecodes regions decoded to check or read a track
 * @param tracks tracks started, confirmed or not
 * @param elapsedNanos wall time of the scan, from the first read to the last frame written
 */
public record VideoReport(
    SourceInfo source,
    List<VideoCode> barcodes,
    long framesScanned,
    long fullFrameDecodes,
    long regionDecodes,
    int tracks,
    long elapsedNanos) {

  /**
   * Checks the source and copies the list of codes.
   *
   * @param source what the source said about the video
   * @param barcodes the confirmed codes, ordered by first sighting
   * @param framesScanned frames read from the source and tracked
   * @param fullFrameDecodes frames decoded whole
   * @param regionDecodes regions decoded to check or read a track
   * @param tracks tracks started, confirmed or not
   * @param elapsedNanos wall time of the scan, from the first read to the last frame written
   * @throws NullPointerException if {@code source} is null
   */
  public VideoReport {
    Objects.requireNonNull(source, "source");
    barcodes = List.copyOf(barcodes);
  }

  /** {@return frames scanned per second of wall time, 0 if no time passed} */
  public double framesPerSecond() {
    return elapsedNanos == 0 ? 0 : framesScanned * 1e9 / elapsedNanos;
  }
}
