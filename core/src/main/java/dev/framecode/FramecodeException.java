package dev.framecode;

/**
 * The root of framecode's exceptions. Each subclass stands for one thing a caller can do about the
 * failure; all are unchecked.
 */
public class FramecodeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public FramecodeException(String message) {
    super(message);
  }

  public FramecodeException(String message, Throwable cause) {
    super(message, cause);
  }
}
