package dev.framecode;

/**
 * A detection model cannot be used: it is not a model, or its inputs, outputs or metadata are not
 * of a shape framecode understands. The message names the model and the shape found.
 */
public class InvalidModelException extends FramecodeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception naming the model and what was wrong with it.
   *
   * @param message the model and the problem
   */
  public InvalidModelException(String message) {
    super(message);
  }

  /**
   * Creates an exception naming the model, what was wrong with it and the failure behind it.
   *
   * @param message the model and the problem
   * @param cause the failure reported while reading the model
   */
  public InvalidModelException(String message, Throwable cause) {
    super(message, cause);
  }
}
