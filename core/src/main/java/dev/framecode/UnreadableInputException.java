package dev.framecode;

/**
 * An image or video cannot be read: it is missing, empty, truncated, corrupt or not an image or
 * video at all. The message names the input and what is wrong with it; retrying the same input will
 * fail the same way.
 */
public class UnreadableInputException extends FramecodeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception naming the input and why it cannot be read.
   *
   * @param message the input and the problem
   */
  public UnreadableInputException(String message) {
    super(message);
  }

  /**
   * Creates an exception naming the input, why it cannot be read and the failure behind it.
   *
   * @param message the input and the problem
   * @param cause the failure reported by the library that tried to read it
   */
  public UnreadableInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
