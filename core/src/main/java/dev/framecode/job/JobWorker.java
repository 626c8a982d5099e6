package dev.framecode.job;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * Runs jobs from a {@link JobQueue} through a {@link JobHandler}, several at once, until closed.
 *
 * <p>One thread receives jobs, and only while a job slot is free, so the queue never holds more of
 * this worker's jobs than it can run. Each job runs on its own thread with a time limit; while it
 * runs, the worker sends its progress and renews its lease. A job whose lease cannot be renewed in
 * time is stopped and dropped, since another worker may already run it. A lost connection is
 * retried with growing waits, and a finished job's report is retried until it is stored or the
 * lease runs out.
 *
 * <p>{@link #close()} stops receiving, lets running jobs finish for the shutdown grace, then stops
 * the rest and hands them back to the queue. The worker does not own the queue: close the queue
 * after the worker.
 *
 * <pre>{@code
 * try (JobQueue queue = RedisJobQueue.connect(url, RedisQueueOptions.defaults());
 *     JobWorker worker = JobWorker.start(queue, handler, JobWorkerOptions.defaults())) {
 *   worker.awaitClosed();
 * }
 * }</pre>
 */
public final class JobWorker implements AutoCloseable {

  private final JobQueue queue;
  private final JobHandler handler;
  private final JobWorkerOptions options;
  private final JobListener listener;
  private final Duration heartbeatInterval;
  private final Duration leaseMargin;
  private final Semaphore slots;
  private final ExecutorService jobThreads;
  private final ScheduledExecutorService timers;
  private final Set<RunningJob> running = ConcurrentHashMap.newKeySet();
  private final Thread dispatcher;
  private final CountDownLatch stopSignal = new CountDownLatch(1);
  private final CountDownLatch closed = new CountDownLatch(1);
  private final AtomicBoolean closing = new AtomicBoolean();

  private JobWorker(JobQueue queue, JobHandler handler, JobWorkerOptions options) {
    this.queue = queue;
    this.handler = handler;
    this.options = options;
    this.listener = options.listener();
    Duration lease = queue.leaseTime();
    Duration third = lease.dividedBy(3);
    this.heartbeatInterval =
        third.compareTo(options.progressInterval()) < 0 ? third : options.progressInterval();
    this.leaseMargin = lease.multipliedBy(3).dividedBy(4);
    this.slots = new Semaphore(options.concurrency());
    this.jobThreads = Executors.newFixedThreadPool(options.concurrency(), named("job"));
    this.timers = Executors.newScheduledThreadPool(2, named("job-timer"));
    this.dispatcher = named("job-receiver").newThread(this::dispatch);
  }

  /**
   * Starts a worker that takes jobs from {@code queue} and runs them with {@code handler}.
   *
   * @param queue where jobs come from; the worker does not close it
   * @param handler runs each job, on the worker's threads
   * @param options concurrency, time limits, source policy and listener
   * @return the running worker; close it to stop
   * @throws IllegalArgumentException when the queue's lease time is shorter than 30 ms
   */
  public static JobWorker start(JobQueue queue, JobHandler handler, JobWorkerOptions options) {
    Duration lease = queue.leaseTime();
    if (lease.toMillis() < 30) {
      throw new IllegalArgumentException("queue lease time must be >= 30 ms, got " + lease);
    }
    JobWorker worker = new JobWorker(queue, handler, options);
    worker.dispatcher.start();
    return worker;
  }

  /**
   * Blocks until {@link #close()} has finished, on whichever thread called it.
   *
   * @throws InterruptedException if this thread is interrupted while it waits
   */
  public void awaitClosed() throws InterruptedException {
    closed.await();
  }

  /** {@return how many jobs are running now} */
  public int runningJobs() {
    return running.size();
  }

  /**
   * Stops receiving, waits up to the shutdown grace for running jobs, then stops the rest and hands
   * them back. Safe to call more than once and from a shutdown hook.
   */
  @Override
  public void close() {
    if (!closing.compareAndSet(false, true)) {
      awaitQuietly(closed);
      return;
    }
    stopSignal.countDown();
    boolean interrupted = false;
    try {
      dispatcher.join(options.pollTimeout().multipliedBy(2).plus(options.backoffMax()).toMillis());
      jobThreads.shutdown();
      if (!jobThreads.awaitTermination(options.shutdownGrace().toMillis(), TimeUnit.MILLISECONDS)) {
        running.forEach(run -> run.stop(RunningJob.Stop.SHUTDOWN));
        jobThreads.awaitTermination(
            options.shutdownGrace().toMillis() + 5000, TimeUnit.MILLISECONDS);
      }
    } catch (InterruptedException e) {
      interrupted = true;
      running.forEach(run -> run.stop(RunningJob.Stop.SHUTDOWN));
    } finally {
      dispatcher.interrupt();
      timers.shutdownNow();
      closed.countDown();
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private boolean stopping() {
    return stopSignal.getCount() == 0;
  }

  private void dispatch() {
    Backoff backoff = new Backoff(options.backoffInitial(), options.backoffMax());
    while (!stopping()) {
      if (!takeSlot()) {
        continue;
      }
      Optional<Job> job = receive(backoff);
      if (job.isEmpty()) {
        slots.release();
      } else if (stopping()) {
        handBack(job.get());
        slots.release();
      } else {
        launch(job.get());
      }
    }
  }

  private boolean takeSlot() {
    try {
      return slots.tryAcquire(options.pollTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      stopSignal.countDown();
      return false;
    }
  }

  private Optional<Job> receive(Backoff backoff) {
    try {
      Optional<Job> job = queue.receive(options.pollTimeout());
      backoff.reset();
      return job;
    } catch (RuntimeException e) {
      Duration wait = backoff.next();
      listener.queueUnavailable(e, wait);
      awaitQuietly(stopSignal, wait);
      return Optional.empty();
    }
  }

  private void handBack(Job job) {
    RunningJob run = new RunningJob(job, options.clock(), options.timeLimit(), null);
    if (report(run, q -> q.release(job))) {
      listener.jobReleased(job);
    }
  }

  private void launch(Job job) {
    RunningJob run =
        new RunningJob(job, options.clock(), options.timeLimit(), options.sourcePolicy());
    running.add(run);
    try {
      long beat = heartbeatInterval.toMillis();
      run.heartbeat =
          timers.scheduleWithFixedDelay(() -> renew(run), beat, beat, TimeUnit.MILLISECONDS);
      run.limitTimer =
          timers.schedule(
              () -> run.stop(RunningJob.Stop.TIME_LIMIT),
              options.timeLimit().toMillis(),
              TimeUnit.MILLISECONDS);
      jobThreads.execute(() -> execute(run));
    } catch (RejectedExecutionException e) {
      // close() gave up waiting for a receive call and shut the threads down meanwhile.
      run.cancelTimers();
      running.remove(run);
      handBack(job);
      slots.release();
    }
  }

  private void execute(RunningJob run) {
    try {
      listener.jobStarted(run.job);
      run.attach();
      JobResult result = null;
      Exception error = null;
      try {
        run.resolveSource();
        result = handler.handle(run.job, run);
      } catch (Exception e) {
        error = e;
      }
      RunningJob.Stop stop = run.detach();
      settle(run, result, error, stop);
    } finally {
      run.cancelTimers();
      running.remove(run);
      slots.release();
    }
  }

  private void settle(RunningJob run, JobResult result, Exception error, RunningJob.Stop stop) {
    if (stop == RunningJob.Stop.LOST) {
      listener.jobLost(run.job);
    } else if (stop == RunningJob.Stop.SHUTDOWN) {
      handBack(run.job);
    } else if (stop == RunningJob.Stop.TIME_LIMIT) {
      failed(run, new JobFailure(timeLimitMessage(run), false));
    } else if (error != null) {
      failed(run, JobFailure.of(error));
    } else if (result == null) {
      failed(run, new JobFailure("handler returned no result for job " + run.job.id(), false));
    } else if (report(run, q -> sendLastProgress(q, run) && q.complete(run.job, result))) {
      listener.jobFinished(run.job, run.elapsed());
    }
  }

  // The status then shows how far the job got, even when it ended between two progress reports.
  private static boolean sendLastProgress(JobQueue queue, RunningJob run) {
    JobProgress last = run.lastProgress();
    return last.equals(JobProgress.NONE) || queue.progress(run.job, last);
  }

  private String timeLimitMessage(RunningJob run) {
    return "job " + run.job.id() + " ran longer than the time limit of " + options.timeLimit();
  }

  private void failed(RunningJob run, JobFailure failure) {
    if (report(run, q -> q.fail(run.job, failure))) {
      listener.jobFailed(run.job, failure);
    }
  }

  /**
   * Sends a report until the queue takes it or the lease runs out; returns whether the job was
   * still this worker's. A report the queue refused, or gave up on, tells the listener.
   */
  private boolean report(RunningJob run, Predicate<JobQueue> action) {
    Backoff backoff = new Backoff(options.backoffInitial(), options.backoffMax());
    while (true) {
      try {
        if (action.test(queue)) {
          return true;
        }
        listener.jobLost(run.job);
        return false;
      } catch (RuntimeException e) {
        if (run.notRenewedFor(leaseMargin)) {
          listener.jobLost(run.job);
          return false;
        }
        Duration wait = backoff.next();
        listener.queueUnavailable(e, wait);
        sleepQuietly(wait);
      }
    }
  }

  private void renew(RunningJob run) {
    try {
      if (queue.progress(run.job, run.lastProgress())) {
        run.renewed();
      } else {
        run.stop(RunningJob.Stop.LOST);
      }
    } catch (RuntimeException e) {
      if (run.notRenewedFor(leaseMargin)) {
        run.stop(RunningJob.Stop.LOST);
      }
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void awaitQuietly(CountDownLatch latch, Duration wait) {
    try {
      latch.await(wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void sleepQuietly(Duration wait) {
    try {
      Thread.sleep(wait.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static ThreadFactory named(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "framecode-" + prefix + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
