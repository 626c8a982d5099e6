package dev.framecode;

import java.util.List;

/**
 * Draws annotations onto frames. Since frames are immutable, drawing returns a new frame and leaves
 * the one given unchanged.
 */
public interface Annotator {

  /** Returns a copy of {@code frame} with {@code annotations} drawn on it. */
  Frame draw(Frame frame, List<Annotation> annotations);
}
