package dev.framecode;

import java.util.Objects;

/**
 * Something to draw on a frame: an outline in frame pixels and a label beside it.
 *
 * @param outline the shape to trace, in frame pixels
 * @param label the text to write beside it; may be empty
 */
public record Annotation(Quad outline, String label) {

  /**
   * Checks that both components are present.
   *
   * @param outline the shape to trace, in frame pixels
   * @param label the text to write beside it; may be empty
   * @throws NullPointerException if {@code outline} or {@code label} is null
   */
  public Annotation {
    Objects.requireNonNull(outline, "outline");
    Objects.requireNonNull(label, "label");
  }
}
