package dev.framecode.job;

import dev.framecode.FramecodeException;

/**
 * A job queue cannot be reached right now: the connection was lost or refused. Trying again later
 * may succeed; {@link JobWorker} does so with backoff.
 */
public class QueueUnavailableException extends FramecodeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception naming the queue and the failure that made it unreachable.
   *
   * @param message the queue and the problem
   * @param cause the client library's failure
   */
  public QueueUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
