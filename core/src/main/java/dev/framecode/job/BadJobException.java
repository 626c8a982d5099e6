package dev.framecode.job;

import dev.framecode.FramecodeException;

/**
 * A job cannot be run as given: its payload is malformed, it names a file outside the allowed
 * roots, a URL that is not allowed, a missing file, or a video over the limits. The message names
 * the job or its source, the rule and the actual value; retrying fails the same way.
 */
public class BadJobException extends FramecodeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception naming the job, the rule it breaks and the actual value.
   *
   * @param message the job and the problem
   */
  public BadJobException(String message) {
    super(message);
  }

  /**
   * Creates an exception naming the job and the problem, with the failure behind it.
   *
   * @param message the job and the problem
   * @param cause the underlying failure
   */
  public BadJobException(String message, Throwable cause) {
    super(message, cause);
  }
}
