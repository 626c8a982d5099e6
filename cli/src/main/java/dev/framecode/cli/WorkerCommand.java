package dev.framecode.cli;

import dev.framecode.job.Job;
import dev.framecode.job.JobFailure;
import dev.framecode.job.JobHandler;
import dev.framecode.job.JobListener;
import dev.framecode.job.JobWorker;
import dev.framecode.job.JobWorkerOptions;
import dev.framecode.job.QueueUnavailableException;
import dev.framecode.job.SourcePolicy;
import dev.framecode.redis.RedisJobQueue;
import dev.framecode.redis.RedisQueueMode;
import dev.framecode.redis.RedisQueueOptions;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code framecode worker}: runs scan jobs from a Redis queue until stopped. */
@Command(
    name = "worker",
    mixinStandardHelpOptions = true,
    description = {
      "Runs scan jobs from a Redis queue until stopped; SIGTERM or Ctrl-C lets running jobs"
          + " finish, or hands them back to the queue.",
      "Exit status: 0 after a clean stop, 2 on bad usage or when Redis cannot be reached."
    })
final class WorkerCommand implements Callable<Integer> {

  private static final Logger log = LoggerFactory.getLogger(WorkerCommand.class);

  @Spec CommandSpec spec;

  @Option(
      names = "--redis",
      required = true,
      paramLabel = "URL",
      description = "redis://[user:password@]host[:port][/db], or rediss:// for TLS.")
  String redis;

  @Option(
      names = "--queue",
      defaultValue = "video_queue",
      description = "Stream or list the jobs arrive on (default: ${DEFAULT-VALUE}).")
  String queue;

  @Option(names = "--list", description = "Read a plain list (LPUSH producers), not a stream.")
  boolean list;

  @Option(
      names = "--root",
      required = true,
      paramLabel = "DIR",
      description = "Directory jobs may read files from; repeat for several.")
  List<Path> roots;

  @Option(
      names = "--allow-url",
      paramLabel = "SCHEME://HOST",
      description = "Let jobs open URLs with this scheme and host; repeat for several.")
  List<URI> allowedUrls = List.of();

  @Option(
      names = "--concurrency",
      defaultValue = "1",
      description = "Jobs run at once (default: ${DEFAULT-VALUE}).")
  int concurrency;

  @Option(
      names = "--time-limit",
      defaultValue = "PT1H",
      description = "Longest a job may run, ISO-8601 (default: ${DEFAULT-VALUE}).")
  Duration timeLimit;

  @Option(
      names = "--lease",
      defaultValue = "PT60S",
      description = "How long a silent worker keeps its jobs (default: ${DEFAULT-VALUE}).")
  Duration lease;

  @Option(
      names = "--max-attempts",
      defaultValue = "3",
      description =
          "Tries before a job goes to the dead-letter stream (default: ${DEFAULT-VALUE}).")
  int maxAttempts;

  @Mixin ReaderOptions reader;

  @Override
  public Integer call() throws InterruptedException {
    try {
      RedisQueueOptions queueOptions =
          RedisQueueOptions.builder()
              .queue(queue)
              .mode(list ? RedisQueueMode.LIST : RedisQueueMode.STREAM)
              .leaseTime(lease)
              .maxAttempts(maxAttempts)
              .build();
      JobWorkerOptions workerOptions =
          JobWorkerOptions.builder()
              .concurrency(concurrency)
              .timeLimit(timeLimit)
              .sourcePolicy(sourcePolicy())
              .listener(new LoggingListener())
              .build();
      try (RedisJobQueue jobs = RedisJobQueue.connect(redis, queueOptions)) {
        jobs.ping();
        JobWorker worker = JobWorker.start(jobs, handler(), workerOptions);
        Runtime.getRuntime().addShutdownHook(new Thread(worker::close, "framecode-worker-stop"));
        log.info("worker {} takes jobs from {}", queueOptions.consumer(), queue);
        worker.awaitClosed();
        return 0;
      }
    } catch (QueueUnavailableException | IllegalArgumentException e) {
      spec.commandLine().getErr().println("framecode worker: " + e.getMessage());
      spec.commandLine().getErr().flush();
      return FramecodeCommand.BAD_INPUT;
    }
  }

  private SourcePolicy sourcePolicy() {
    SourcePolicy.Builder policy = SourcePolicy.builder();
    roots.forEach(policy::root);
    for (URI url : allowedUrls) {
      policy.allowScheme(url.getScheme()).allowHost(url.getHost());
    }
    return policy.build();
  }

  // Each job gets its own decoder and detector, so concurrent jobs share nothing.
  private JobHandler handler() {
    return new VideoScanJobHandler(
        formats -> reader.openDecoder(ReaderOptions.VIDEO_BUDGET, formats),
        reader::openDetector,
        VideoScans.Settings.defaults());
  }

  /** Logs what the worker does. */
  private static final class LoggingListener implements JobListener {
    @Override
    public void jobStarted(Job job) {
      log.info("job {} started: {} (attempt {})", job.id(), job.source(), job.attempt());
    }

    @Override
    public void jobFinished(Job job, Duration elapsed) {
      log.info("job {} finished in {} ms", job.id(), elapsed.toMillis());
    }

    @Override
    public void jobFailed(Job job, JobFailure failure) {
      log.warn(
          "job {} failed{}: {}",
          job.id(),
          failure.retryable() ? " (will retry)" : "",
          failure.message());
    }

    @Override
    public void jobReleased(Job job) {
      log.info("job {} handed back on shutdown", job.id());
    }

    @Override
    public void jobLost(Job job) {
      log.warn("job {} lost its lease; another worker runs it", job.id());
    }

    @Override
    public void queueUnavailable(RuntimeException error, Duration retryIn) {
      log.warn("queue unavailable, retrying in {} ms", retryIn.toMillis(), error);
    }
  }
}
