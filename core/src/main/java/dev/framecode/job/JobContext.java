package dev.framecode.job;

import dev.framecode.SourceInfo;
import java.time.Duration;

/** What a {@link JobHandler} may ask of the worker while it runs one job. Thread-safe. */
public interface JobContext {

  /**
   * {@return the job's source, checked against the worker's {@link SourcePolicy}: a real path
   * inside an allowed root, or an allowed URL}
   */
  JobSource source();

  /**
   * Records progress; the worker sends the latest to the queue with its next heartbeat.
   *
   * @param progress the job's progress so far
   */
  void progress(JobProgress progress);

  /** {@return whether the job must stop: time limit passed, shutdown, or job lost} */
  boolean isCancelled();

  /**
   * Throws {@link JobCancelledException} when the job must stop.
   *
   * @throws JobCancelledException naming the job and the reason
   */
  void checkCancelled();

  /** {@return the time left before the job's time limit; zero or negative once it has passed} */
  Duration remaining();

  /**
   * Checks a video's size and length against the worker's limits, once the handler has opened it.
   *
   * @param info what the source said about the opened video
   * @throws BadJobException naming the source, the limit and the actual value
   */
  void checkLimits(SourceInfo info);
}
