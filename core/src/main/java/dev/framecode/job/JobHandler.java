package dev.framecode.job;

/**
 * Does the work of one job, such as scanning a video. Called by {@link JobWorker} on its job
 * threads, possibly for several jobs at once, so an implementation must be thread-safe.
 */
@FunctionalInterface
public interface JobHandler {

  /**
   * Runs {@code job} and returns its result. Reports progress through {@code context} and checks
   * {@link JobContext#checkCancelled()} between steps; a thread interrupt also means stop.
   *
   * <p>Throw {@link BadJobException} or {@link dev.framecode.UnreadableInputException} for a job
   * that will fail the same way every time; any other exception counts as a failure worth another
   * attempt.
   *
   * @param job the job, with its source, options and attempt number
   * @param context the worker's side of the job: its source, progress and cancellation
   * @return the result to store
   * @throws Exception anything else, which fails the attempt; the queue may retry it
   */
  JobResult handle(Job job, JobContext context) throws Exception;
}
