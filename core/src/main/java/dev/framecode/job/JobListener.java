package dev.framecode.job;

import java.time.Duration;

/**
 * Hears what a {@link JobWorker} does, for logs and metrics; every method does nothing by default.
 * Called on the worker's threads, possibly concurrently: keep it quick and thread-safe.
 */
public interface JobListener {

  /**
   * A job was received and its handler is about to run.
   *
   * @param job the job
   */
  default void jobStarted(Job job) {}

  /**
   * A job's result was stored.
   *
   * @param job the job
   * @param elapsed how long the handler ran
   */
  default void jobFinished(Job job, Duration elapsed) {}

  /**
   * A job failed; the queue retries it or marks it failed, as {@code failure} says.
   *
   * @param job the job
   * @param failure the error and whether the job may be retried
   */
  default void jobFailed(Job job, JobFailure failure) {}

  /**
   * A job was handed back unfinished because the worker is shutting down.
   *
   * @param job the job
   */
  default void jobReleased(Job job) {}

  /**
   * A job stopped being this worker's (its lease could not be renewed in time); whatever it
   * produced was dropped, and another worker will run it.
   *
   * @param job the job
   */
  default void jobLost(Job job) {}

  /**
   * The queue could not be reached; the worker tries again after {@code retryIn}.
   *
   * @param error what the queue adapter threw
   * @param retryIn how long the worker waits before it tries again
   */
  default void queueUnavailable(RuntimeException error, Duration retryIn) {}
}
