package dev.framecode.job;

import dev.framecode.SourceInfo;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;

/** One job while its handler runs: its context, cancellation and lease bookkeeping. */
final class RunningJob implements JobContext {

  /** Why a job was stopped. */
  enum Stop {
    TIME_LIMIT,
    SHUTDOWN,
    LOST
  }

  final Job job;
  private final Clock clock;
  private final Instant started;
  private final Instant deadline;
  private final SourcePolicy policy;
  private volatile JobSource source;
  private volatile JobProgress progress = JobProgress.NONE;
  private volatile Instant lastRenewal;
  private Thread thread;
  private Stop stop;
  ScheduledFuture<?> limitTimer;
  ScheduledFuture<?> heartbeat;

  RunningJob(Job job, Clock clock, Duration timeLimit, SourcePolicy policy) {
    this.job = job;
    this.clock = clock;
    this.started = clock.instant();
    this.deadline = started.plus(timeLimit);
    this.policy = policy;
    this.lastRenewal = started;
  }

  /** Marks the calling thread as the one running the handler, so a stop can interrupt it. */
  synchronized void attach() {
    thread = Thread.currentThread();
  }

  /**
   * Ends the handler's run on the calling thread: clears any interrupt a stop left and returns why
   * the job was stopped, or null when it was not.
   */
  synchronized Stop detach() {
    thread = null;
    Thread.interrupted();
    return stop;
  }

  /** Stops the job for {@code why}, unless it was already stopped; interrupts the handler. */
  synchronized void stop(Stop why) {
    if (stop != null) {
      return;
    }
    stop = why;
    if (thread != null) {
      thread.interrupt();
    }
  }

  void resolveSource() {
    source = policy.resolve(job.source());
  }

  JobProgress lastProgress() {
    return progress;
  }

  void renewed() {
    lastRenewal = clock.instant();
  }

  /** Returns whether the lease was last renewed longer ago than {@code limit}. */
  boolean notRenewedFor(Duration limit) {
    return Duration.between(lastRenewal, clock.instant()).compareTo(limit) > 0;
  }

  Duration elapsed() {
    return Duration.between(started, clock.instant());
  }

  void cancelTimers() {
    if (limitTimer != null) {
      limitTimer.cancel(false);
    }
    if (heartbeat != null) {
      heartbeat.cancel(false);
    }
  }

  @Override
  public JobSource source() {
    return source;
  }

  @Override
  public void progress(JobProgress progress) {
    this.progress = progress;
  }

  @Override
  public synchronized boolean isCancelled() {
    return stop != null;
  }

  @Override
  public void checkCancelled() {
    Stop why;
    synchronized (this) {
      why = stop;
    }
    if (why != null) {
      throw new JobCancelledException("job " + job.id() + " was stopped: " + describe(why));
    }
  }

  @Override
  public Duration remaining() {
    return Duration.between(clock.instant(), deadline);
  }

  @Override
  public void checkLimits(SourceInfo info) {
    policy.checkLimits(info);
  }

  static String describe(Stop why) {
    switch (why) {
      case TIME_LIMIT:
        return "time limit passed";
      case SHUTDOWN:
        return "worker shutting down";
      default:
        return "lease lost to another worker";
    }
  }
}
