package dev.framecode.job;

import java.time.Duration;
import java.util.Optional;

/**
 * A queue of scan jobs, as seen by a worker: implement this to feed {@link JobWorker} from your own
 * broker. Delivery is at least once: a job that its worker never reports back goes to another
 * worker once its lease runs out.
 *
 * <p>Threading: {@link #receive} is called from one thread at a time; the other methods may be
 * called from any thread, concurrently, for different jobs.
 *
 * <p>Each report method returns false when the job is no longer this worker's (its lease ran out
 * and another worker took it, or it was already reported); the report is then dropped, so a result
 * is stored once, and the caller makes no further call for that job. Each throws {@link
 * QueueUnavailableException} when the queue cannot be reached; the caller retries.
 */
public interface JobQueue extends AutoCloseable {

  /**
   * Waits up to {@code timeout} for the next job and leases it to this worker; returns empty when
   * none came. Jobs that cannot even be read (malformed payloads) are failed by the queue itself
   * and never returned.
   *
   * @param timeout the longest wait
   * @return the leased job, or empty when none came within {@code timeout}
   */
  Optional<Job> receive(Duration timeout);

  /**
   * {@return how long a received job stays this worker's without a {@link #progress} call} The
   * worker renews well within it, and stops a job it could not renew in time.
   */
  Duration leaseTime();

  /**
   * Records progress and renews the job's lease.
   *
   * @param job a job this worker leased
   * @param progress the progress so far
   * @return false when the job is no longer this worker's, and the report was dropped
   */
  boolean progress(Job job, JobProgress progress);

  /**
   * Stores the job's result, marks it finished and removes it from the queue.
   *
   * @param job a job this worker leased
   * @param result what the handler returned
   * @return false when the job is no longer this worker's, and the result was dropped
   */
  boolean complete(Job job, JobResult result);

  /**
   * Records a failure. A retryable failure puts the job back for another attempt unless it has used
   * all its attempts; any other failure, or the last attempt, marks it failed for good.
   *
   * @param job a job this worker leased
   * @param failure the error and whether the job may be retried
   * @return false when the job is no longer this worker's, and the failure was dropped
   */
  boolean fail(Job job, JobFailure failure);

  /**
   * Hands a job back unfinished, for another worker, without counting the attempt.
   *
   * @param job a job this worker leased
   * @return false when the job was no longer this worker's
   */
  boolean release(Job job);

  /** Closes the queue's connections. Jobs still leased go to other workers when leases expire. */
  @Override
  void close();
}
