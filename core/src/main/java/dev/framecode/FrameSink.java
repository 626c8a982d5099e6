package dev.framecode;

/**
 * Writes frames, for example into a video file. Used by one thread at a time; {@link #close()}
 * finishes the output, and an output that was not closed may be unplayable.
 */
public interface FrameSink extends AutoCloseable {

  /**
   * Writes {@code frame} after the ones written before.
   *
   * @param frame the next frame, of the same size as the ones before
   */
  void write(Frame frame);

  @Override
  void close();
}
