package dev.framecode.job;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/** Handlers for tests: echo the source, sleep, block until told, or fail. */
final class FakeHandlers {

  private FakeHandlers() {}

  static JobHandler echo() {
    return (job, context) -> new JobResult("{\"source\":\"" + job.source() + "\"}");
  }

  static JobHandler failing(RuntimeException error) {
    return (job, context) -> {
      throw error;
    };
  }

  /** Blocks until {@code release} opens or the job is stopped; counts how many ran at once. */
  static JobHandler blocking(CountDownLatch release, AtomicInteger runningNow, AtomicInteger peak) {
    return (job, context) -> {
      peak.accumulateAndGet(runningNow.incrementAndGet(), Math::max);
      try {
        release.await();
        return new JobResult("{}");
      } finally {
        runningNow.decrementAndGet();
      }
    };
  }
}
