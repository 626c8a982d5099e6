package dev.framecode.redis;

import dev.framecode.job.JobWorker;
import dev.framecode.job.JobWorkerOptions;
import dev.framecode.job.SourcePolicy;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A worker in its own process, for tests that kill one: runs every job with a handler that sleeps
 * for a minute. Arguments: Redis URL, queue, consumer name, lease time in ms, root directory.
 */
public final class WorkerProcessMain {

  private WorkerProcessMain() {}

  public static void main(String[] args) throws Exception {
    RedisQueueOptions options =
        RedisQueueOptions.builder()
            .queue(args[1])
            .consumer(args[2])
            .leaseTime(Duration.ofMillis(Long.parseLong(args[3])))
            .build();
    JobWorkerOptions workerOptions =
        JobWorkerOptions.builder()
            .pollTimeout(Duration.ofMillis(200))
            .sourcePolicy(SourcePolicy.builder().root(Path.of(args[4])).build())
            .build();
    try (RedisJobQueue queue = RedisJobQueue.connect(args[0], options);
        JobWorker worker =
            JobWorker.start(queue, RecordingHandler.sleeping(60_000), workerOptions)) {
      worker.awaitClosed();
    }
  }
}
