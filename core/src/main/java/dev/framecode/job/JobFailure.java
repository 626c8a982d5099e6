package dev.framecode.job;

import dev.framecode.UnreadableInputException;

/**
 * Why a job failed.
 *
 * @param message what went wrong, for the job's status; names the job's input where it matters
 * @param retryable whether another attempt may succeed: true for trouble outside the job (a crash,
 *     a lost connection), false for a job that will fail the same way every time (bad input, a path
 *     outside the allowed roots, a video over the limits, the time limit)
 */
public record JobFailure(String message, boolean retryable) {

  /**
   * Checks the components.
   *
   * @param message what went wrong, for the job's status; names the job's input where it matters
   * @param retryable whether another attempt may succeed: true for trouble outside the job (a
   *     crash, a lost connection), false for a job that will fail the same way every time (bad
   *     input, a path outside the allowed roots, a video over the limits, the time limit)
   * @throws NullPointerException if the message is null
   */
  public JobFailure {
    if (message == null) {
      throw new NullPointerException("message");
    }
  }

  /**
   * {@return the failure for {@code error}: not retryable for a bad job or unreadable input}
   *
   * @param error what the handler threw
   */
  public static JobFailure of(Throwable error) {
    String message = error.getMessage() != null ? error.getMessage() : error.toString();
    boolean permanent =
        error instanceof BadJobException || error instanceof UnreadableInputException;
    return new JobFailure(message, !permanent);
  }
}
