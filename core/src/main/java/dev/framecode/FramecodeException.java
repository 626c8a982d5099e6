package dev.framecode;

/**
 * The root of framecode's exceptions. Each subclass stands for one thing a caller can do about the
 * failure; all are unchecked.
 */
public class FramecodeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message that names the input, the rule and the actual value.
   *
   * @param message what went wrong
   */
  public FramecodeException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and the failure that caused it.
   *
   * @param message what went wrong
   * @param cause the underlying failure
   */
  public FramecodeException(String message, Throwable cause) {
    super(message, cause);
  }
}
