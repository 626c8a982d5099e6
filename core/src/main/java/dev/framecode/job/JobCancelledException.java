package dev.framecode.job;

import dev.framecode.FramecodeException;

/**
 * Thrown by {@link JobContext#checkCancelled()} when a running job must stop: its time limit
 * passed, the worker is shutting down, or the job is no longer this worker's.
 */
public class JobCancelledException extends FramecodeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception saying why the job stopped.
   *
   * @param message why the job was stopped
   */
  public JobCancelledException(String message) {
    super(message);
  }
}
