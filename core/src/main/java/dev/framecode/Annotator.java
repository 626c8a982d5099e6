package dev.framecode;

import java.util.List;

/**
 * Draws annotations onto frames. Since frames are immutable, drawing returns a new frame and leaves
 * the one given unchanged.
 */
public interface Annotator {

  /**
   * {@return a copy of {@code frame} with {@code annotations} drawn on it}
   *
   * @param frame the frame to draw on; it is not changed
   * @param annotations what to draw, in frame pixels; may be empty
   */
  Frame draw(Frame frame, List<Annotation> annotations);
}
