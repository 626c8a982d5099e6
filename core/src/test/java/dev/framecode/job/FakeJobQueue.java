package dev.framecode.job;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An in-memory job queue that records every report. It can refuse renewals (a lost lease) or throw
 * {@link QueueUnavailableException} for a number of calls (a lost connection).
 */
final class FakeJobQueue implements JobQueue {

  final BlockingQueue<Job> waiting = new LinkedBlockingQueue<>();
  final Map<String, JobResult> completed = new ConcurrentHashMap<>();
  final Map<String, JobFailure> failed = new ConcurrentHashMap<>();
  final List<String> released = new CopyOnWriteArrayList<>();
  final List<String> progressReports = new CopyOnWriteArrayList<>();
  final AtomicInteger outages = new AtomicInteger();
  volatile boolean leaseHeld = true;
  private final Duration leaseTime;
  private final AtomicInteger ids = new AtomicInteger();

  FakeJobQueue(Duration leaseTime) {
    this.leaseTime = leaseTime;
  }

  /** Adds a job for {@code source} and returns its id. */
  String add(String source) {
    String id = "job-" + ids.incrementAndGet();
    waiting.add(new Job(id, source, Map.of(), 1, "receipt-" + id));
    return id;
  }

  @Override
  public Optional<Job> receive(Duration timeout) {
    maybeFail();
    try {
      return Optional.ofNullable(waiting.poll(timeout.toMillis(), TimeUnit.MILLISECONDS));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  @Override
  public Duration leaseTime() {
    return leaseTime;
  }

  @Override
  public boolean progress(Job job, JobProgress progress) {
    maybeFail();
    progressReports.add(job.id() + " " + progress.framesDone());
    return leaseHeld;
  }

  @Override
  public boolean complete(Job job, JobResult result) {
    maybeFail();
    if (!leaseHeld) {
      return false;
    }
    completed.put(job.id(), result);
    return true;
  }

  @Override
  public boolean fail(Job job, JobFailure failure) {
    maybeFail();
    failed.put(job.id(), failure);
    return leaseHeld;
  }

  @Override
  public boolean release(Job job) {
    maybeFail();
    released.add(job.id());
    return true;
  }

  @Override
  public void close() {}

  private void maybeFail() {
    if (outages.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      throw new QueueUnavailableException("fake queue is down", null);
    }
  }
}
