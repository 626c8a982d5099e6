package dev.framecode.video;

/**
 * Hears about a scan while it runs. Called on the scanner's tracking thread, one call at a time and
 * in frame order; a slow listener slows the scan. An exception thrown here stops the scan and
 * reaches the caller of {@link VideoScanner#scan()} unchanged.
 */
public interface VideoScanListener {

  /**
   * Receives the tracks after each frame. The default does nothing.
   *
   * @param event the frame and the tracks on it
   */
  default void frameScanned(FrameEvent event) {}

  /**
   * Receives progress after each frame. The default does nothing.
   *
   * @param progress frames, codes and time so far
   */
  default void progress(ScanProgress progress) {}
}
