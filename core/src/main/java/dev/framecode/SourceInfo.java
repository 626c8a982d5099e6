package dev.framecode;

/**
 * What a {@link FrameSource} knows about its input before reading it.
 *
 * @param name a name for messages and reports, such as the file name
 * @param width frame width in pixels, after any rotation the source applies
 * @param height frame height in pixels, after any rotation the source applies
 * @param frameRate nominal frames per second, 0 when unknown
 * @param frameCount number of frames, -1 when unknown
 * @param durationMicros length in microseconds, -1 when unknown
 */
public record SourceInfo(
    String name, int width, int height, double frameRate, long frameCount, long durationMicros) {

  /**
   * Checks the components.
   *
   * @param name a name for messages and reports, such as the file name
   * @param width frame width in pixels, after any rotation the source applies
   * @param height frame height in pixels, after any rotation the source applies
   * @param frameRate nominal frames per second, 0 when unknown
   * @param frameCount number of frames, -1 when unknown
   * @param durationMicros length in microseconds, -1 when unknown
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if the width or height is negative
   */
  public SourceInfo {
    if (name == null) {
      throw new NullPointerException("name");
    }
    if (width < 0 || height < 0) {
      throw new IllegalArgumentException("size must be >= 0, got " + width + " x " + height);
    }
  }
}
