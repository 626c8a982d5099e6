package dev.framecode;

/**
 * An image or video cannot be read: it is missing, empty, truncated, corrupt or not an image or
 * video at all. The message names the input and what is wrong with it; retrying the same input will
 * fail the same way.
 */
public class UnreadableInputException extends FramecodeException {
  private static final long serialVersionUID = 1L;

  public UnreadableInputException(String message) {
    super(message);
  }

  public UnreadableInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
