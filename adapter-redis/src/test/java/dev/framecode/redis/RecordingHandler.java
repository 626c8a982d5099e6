package dev.framecode.redis;

import dev.framecode.job.Job;
import dev.framecode.job.JobContext;
import dev.framecode.job.JobHandler;
import dev.framecode.job.JobProgress;
import dev.framecode.job.JobResult;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A handler that echoes the job's source and records each call: how often each job ran, and whether
 * one job ever ran twice at the same time. It can sleep, and fail on demand.
 */
final class RecordingHandler implements JobHandler {

  final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
  final Set<String> runningNow = ConcurrentHashMap.newKeySet();
  final Set<String> ranTwiceAtOnce = ConcurrentHashMap.newKeySet();
  private final long sleepMillis;
  private final RuntimeException failure;

  private RecordingHandler(long sleepMillis, RuntimeException failure) {
    this.sleepMillis = sleepMillis;
    this.failure = failure;
  }

  static RecordingHandler echo() {
    return new RecordingHandler(0, null);
  }

  static RecordingHandler sleeping(long millis) {
    return new RecordingHandler(millis, null);
  }

  static RecordingHandler failing(RuntimeException failure) {
    return new RecordingHandler(0, failure);
  }

  int totalCalls() {
    return calls.values().stream().mapToInt(AtomicInteger::get).sum();
  }

  @Override
  public JobResult handle(Job job, JobContext context) throws Exception {
    calls.computeIfAbsent(job.id(), id -> new AtomicInteger()).incrementAndGet();
    if (!runningNow.add(job.id())) {
      ranTwiceAtOnce.add(job.id());
    }
    try {
      if (failure != null) {
        throw failure;
      }
      if (sleepMillis > 0) {
        Thread.sleep(sleepMillis);
      }
      context.progress(new JobProgress(1, 1));
      return new JobResult(
          "{\"source\":\"" + job.source() + "\",\"attempt\":" + job.attempt() + "}");
    } finally {
      runningNow.remove(job.id());
    }
  }
}
