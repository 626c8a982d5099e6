package dev.framecode.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobWorkerTest {

  @TempDir Path root;
  private FakeJobQueue queue;

  @BeforeEach
  void setUp() throws Exception {
    queue = new FakeJobQueue(Duration.ofSeconds(3));
    Files.writeString(root.resolve("a.mp4"), "video");
  }

  private JobWorkerOptions.Builder options() {
    return JobWorkerOptions.builder()
        .sourcePolicy(SourcePolicy.builder().root(root).build())
        .pollTimeout(Duration.ofMillis(50))
        .backoff(Duration.ofMillis(10), Duration.ofMillis(40))
        .progressInterval(Duration.ofMillis(50));
  }

  @Test
  void completesAJobWithTheHandlersResult() {
    String id = queue.add("a.mp4");

    try (JobWorker worker = JobWorker.start(queue, FakeHandlers.echo(), options().build())) {
      await(() -> queue.completed.containsKey(id));
    }

    assertThat(queue.completed.get(id).json()).isEqualTo("{\"source\":\"a.mp4\"}");
  }

  @Test
  void runsNoMoreJobsAtOnceThanTheConcurrency() {
    for (int i = 0; i < 6; i++) {
      queue.add("a.mp4");
    }
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger now = new AtomicInteger();
    AtomicInteger peak = new AtomicInteger();
    JobHandler handler = FakeHandlers.blocking(release, now, peak);

    try (JobWorker worker = JobWorker.start(queue, handler, options().concurrency(3).build())) {
      await(() -> now.get() == 3);
      assertThat(queue.waiting).hasSize(3);
      release.countDown();
      await(() -> queue.completed.size() == 6);
    }

    assertThat(peak.get()).isEqualTo(3);
  }

  @Test
  void failsAJobWhoseSourceLeavesTheRootWithoutRunningTheHandler() {
    String id = queue.add("../etc/passwd");
    AtomicInteger calls = new AtomicInteger();

    try (JobWorker worker =
        JobWorker.start(
            queue,
            (job, context) -> {
              calls.incrementAndGet();
              return new JobResult("{}");
            },
            options().build())) {
      await(() -> queue.failed.containsKey(id));
    }

    assertThat(queue.failed.get(id).retryable()).isFalse();
    assertThat(queue.failed.get(id).message()).contains("'..'");
    assertThat(calls).hasValue(0);
  }

  @Test
  void reportsAHandlerErrorAsRetryableAndABadJobAsFinal() {
    String crash = queue.add("a.mp4");
    try (JobWorker worker =
        JobWorker.start(
            queue, FakeHandlers.failing(new IllegalStateException("boom")), options().build())) {
      await(() -> queue.failed.containsKey(crash));
    }
    String bad = queue.add("a.mp4");
    try (JobWorker worker =
        JobWorker.start(
            queue, FakeHandlers.failing(new BadJobException("too long")), options().build())) {
      await(() -> queue.failed.containsKey(bad));
    }

    assertThat(queue.failed.get(crash)).isEqualTo(new JobFailure("boom", true));
    assertThat(queue.failed.get(bad)).isEqualTo(new JobFailure("too long", false));
  }

  @Test
  void stopsAJobAtItsTimeLimitAndFailsIt() {
    String id = queue.add("a.mp4");
    JobHandler sleeper =
        (job, context) -> {
          Thread.sleep(10_000);
          return new JobResult("{}");
        };

    try (JobWorker worker =
        JobWorker.start(queue, sleeper, options().timeLimit(Duration.ofMillis(100)).build())) {
      await(() -> queue.failed.containsKey(id));
    }

    assertThat(queue.failed.get(id).message()).contains("time limit of PT0.1S");
    assertThat(queue.failed.get(id).retryable()).isFalse();
  }

  @Test
  void handsBackARunningJobWhenClosedAfterTheGrace() {
    String id = queue.add("a.mp4");
    CountDownLatch never = new CountDownLatch(1);
    AtomicInteger now = new AtomicInteger();
    JobWorker worker =
        JobWorker.start(
            queue,
            FakeHandlers.blocking(never, now, new AtomicInteger()),
            options().shutdownGrace(Duration.ofMillis(100)).build());
    await(() -> now.get() == 1);

    worker.close();

    assertThat(queue.released).containsExactly(id);
    assertThat(queue.completed).isEmpty();
  }

  @Test
  void letsARunningJobFinishWithinTheGrace() {
    String id = queue.add("a.mp4");
    JobHandler slow =
        (job, context) -> {
          Thread.sleep(200);
          return new JobResult("{}");
        };
    JobWorker worker = JobWorker.start(queue, slow, options().build());
    await(() -> worker.runningJobs() == 1);

    worker.close();

    assertThat(queue.completed).containsKey(id);
    assertThat(queue.released).isEmpty();
  }

  @Test
  void sendsProgressWhileAJobRuns() {
    String id = queue.add("a.mp4");
    JobHandler counting =
        (job, context) -> {
          for (int frame = 1; frame <= 4; frame++) {
            context.progress(new JobProgress(frame / 4.0, frame));
            Thread.sleep(60);
          }
          return new JobResult("{}");
        };

    try (JobWorker worker = JobWorker.start(queue, counting, options().build())) {
      await(() -> queue.completed.containsKey(id));
    }

    assertThat(queue.progressReports).isNotEmpty().allMatch(report -> report.startsWith(id));
  }

  @Test
  void sendsTheLastProgressOfAJobThatEndsBetweenTwoReports() {
    String id = queue.add("a.mp4");
    JobHandler quick =
        (job, context) -> {
          context.progress(new JobProgress(1.0, 120));
          return new JobResult("{}");
        };

    try (JobWorker worker =
        JobWorker.start(queue, quick, options().progressInterval(Duration.ofMinutes(1)).build())) {
      await(() -> queue.completed.containsKey(id));
    }

    assertThat(queue.progressReports).last().isEqualTo(id + " 120");
  }

  @Test
  void dropsAJobWhoseLeaseWasTakenAndStopsItsHandler() {
    String id = queue.add("a.mp4");
    CountDownLatch stopped = new CountDownLatch(1);
    JobHandler waitForStop =
        (job, context) -> {
          while (!context.isCancelled()) {
            Thread.onSpinWait();
          }
          stopped.countDown();
          return new JobResult("{}");
        };
    queue.leaseHeld = false;

    try (JobWorker worker = JobWorker.start(queue, waitForStop, options().build())) {
      await(() -> stopped.getCount() == 0);
    }

    assertThat(queue.completed).doesNotContainKey(id);
    assertThat(queue.failed).doesNotContainKey(id);
  }

  @Test
  void keepsReceivingAfterTheQueueWasUnreachable() {
    queue.outages.set(5);
    AtomicInteger outagesHeard = new AtomicInteger();
    String id = queue.add("a.mp4");
    JobListener listener =
        new JobListener() {
          @Override
          public void queueUnavailable(RuntimeException error, Duration retryIn) {
            outagesHeard.incrementAndGet();
          }
        };

    try (JobWorker worker =
        JobWorker.start(queue, FakeHandlers.echo(), options().listener(listener).build())) {
      await(() -> queue.completed.containsKey(id));
    }

    assertThat(outagesHeard.get()).isGreaterThanOrEqualTo(5);
  }

  static void await(BooleanSupplier condition) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not met within 10 s");
      }
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
