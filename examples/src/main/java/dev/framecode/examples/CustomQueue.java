package dev.framecode.examples;

import dev.framecode.Barcode;
import dev.framecode.Decoder;
import dev.framecode.Scanner;
import dev.framecode.job.Job;
import dev.framecode.job.JobFailure;
import dev.framecode.job.JobHandler;
import dev.framecode.job.JobProgress;
import dev.framecode.job.JobQueue;
import dev.framecode.job.JobResult;
import dev.framecode.job.JobWorker;
import dev.framecode.job.JobWorkerOptions;
import dev.framecode.job.SourcePolicy;
import dev.framecode.zxing.ZxingDecoder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Wires a queue of your own into framecode's {@link JobWorker}: any store that can hand out jobs
 * and take results back (a database table, a cloud queue, your own Redis keys) implements {@link
 * JobQueue}. This one keeps jobs in memory and scans image files.
 *
 * <pre>examples/run CustomQueue "$PWD/samples" "$PWD/samples/codes.png"</pre>
 *
 * The first argument is the root directory jobs may read from; the others are files to scan, given
 * as absolute paths or relative to the root (never with {@code ..}).
 */
public final class CustomQueue {
  private CustomQueue() {}

  /** A queue in memory: what a real adapter stores remotely, this one keeps in fields. */
  static final class InMemoryQueue implements JobQueue {
    private final BlockingQueue<Job> waiting = new LinkedBlockingQueue<>();
    final Map<String, String> results = new ConcurrentHashMap<>();
    final Map<String, String> failures = new ConcurrentHashMap<>();
    final CountDownLatch ended;

    InMemoryQueue(int jobs) {
      ended = new CountDownLatch(jobs);
    }

    void add(String id, String source) {
      waiting.add(new Job(id, source, Map.of(), 1, id));
    }

    @Override
    public Optional<Job> receive(Duration timeout) {
      try {
        return Optional.ofNullable(waiting.poll(timeout.toMillis(), TimeUnit.MILLISECONDS));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Optional.empty();
      }
    }

    @Override
    public Duration leaseTime() {
      return Duration.ofMinutes(1);
    }

    @Override
    public boolean progress(Job job, JobProgress progress) {
      return true;
    }

    @Override
    public boolean complete(Job job, JobResult result) {
      results.put(job.id(), result.json());
      ended.countDown();
      return true;
    }

    @Override
    public boolean fail(Job job, JobFailure failure) {
      failures.put(job.id(), failure.message());
      ended.countDown();
      return true;
    }

    @Override
    public boolean release(Job job) {
      return waiting.add(job);
    }

    @Override
    public void close() {}
  }

  /** Scans the job's image and returns the texts as a JSON array. */
  static JobHandler imageHandler(Decoder decoder) {
    Scanner scanner = Scanner.builder(decoder).build();
    return (job, context) -> {
      List<Barcode> barcodes = scanner.scan(ScanImage.readFrame(context.source().path().toFile()));
      return new JobResult(
          barcodes.stream()
              .map(b -> "\"" + b.text().replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
              .collect(Collectors.joining(",", "[", "]")));
    };
  }

  /**
   * Runs the example.
   *
   * @param args the root directory jobs may read from, then the files to scan
   * @throws InterruptedException if interrupted while the jobs run
   */
  public static void main(String[] args) throws InterruptedException {
    InMemoryQueue queue = new InMemoryQueue(args.length - 1);
    for (int i = 1; i < args.length; i++) {
      queue.add("job-" + i, args[i]);
    }
    JobWorkerOptions options =
        JobWorkerOptions.builder()
            .concurrency(2)
            .sourcePolicy(SourcePolicy.builder().root(Path.of(args[0])).build())
            .build();
    try (Decoder decoder = new ZxingDecoder();
        JobWorker worker = JobWorker.start(queue, imageHandler(decoder), options)) {
      queue.ended.await(1, TimeUnit.MINUTES);
    }
    queue.results.forEach((id, json) -> System.out.println(id + " " + json));
    queue.failures.forEach((id, error) -> System.out.println(id + " failed: " + error));
  }
}
