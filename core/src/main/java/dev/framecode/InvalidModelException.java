package dev.framecode;

/**
 * A detection model cannot be used: it is not a model, or its inputs, outputs or metadata are not
 * of a shape framecode understands. The message names the model and the shape found.
 */
public class InvalidModelException extends FramecodeException {
  private static final long serialVersionUID = 1L;

  public InvalidModelException(String message) {
    super(message);
  }

  public InvalidModelException(String message, Throwable cause) {
    super(message, cause);
  }
}
