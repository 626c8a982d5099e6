package dev.framecode.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.framecode.job.JobWorker;
import dev.framecode.job.JobWorkerOptions;
import dev.framecode.job.SourcePolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.JedisPubSub;
import redis.clients.jedis.StreamEntryID;

/** Many jobs through several workers, a worker process killed, and Redis restarted mid-run. */
class RedisWorkerFailoverTest {

  private static final Duration WAIT = Duration.ofSeconds(60);

  @TempDir Path root;
  @TempDir Path redisData;
  private RedisTestServer server;
  private final List<AutoCloseable> open = new ArrayList<>();

  @AfterEach
  void closeAll() throws Exception {
    for (int i = open.size() - 1; i >= 0; i--) {
      open.get(i).close();
    }
  }

  private JedisPooled startRedis(Path dataDir) throws Exception {
    Files.writeString(root.resolve("a.mp4"), "video");
    server = RedisTestServer.start(dataDir);
    open.add(server);
    return server.client();
  }

  private void startWorkers(int count, String queue, Duration lease, RecordingHandler handler) {
    for (int i = 0; i < count; i++) {
      RedisQueueOptions options =
          RedisQueueOptions.builder().queue(queue).consumer("w" + i).leaseTime(lease).build();
      RedisJobQueue jobs = RedisJobQueue.connect(server.url(), options);
      open.add(jobs);
      JobWorkerOptions workerOptions =
          JobWorkerOptions.builder()
              .concurrency(4)
              .pollTimeout(Duration.ofMillis(200))
              .backoff(Duration.ofMillis(50), Duration.ofMillis(500))
              .sourcePolicy(SourcePolicy.builder().root(root).build())
              .build();
      open.add(JobWorker.start(jobs, handler, workerOptions));
    }
  }

  private static void addJobs(JedisPooled redis, String queue, int count) {
    for (int i = 0; i < count; i++) {
      String json = "{\"id\":\"j" + i + "\",\"source\":\"a.mp4\"}";
      redis.xadd(queue, StreamEntryID.NEW_ENTRY, Map.of("job", json));
    }
  }

  private static long finished(JedisPooled redis, String queue, int count) {
    return IntStream.range(0, count)
        .filter(i -> "finished".equals(redis.hget(queue + ":job:j" + i, "state")))
        .count();
  }

  @Test
  void fiveHundredJobsThroughThreeWorkersAreEachFinishedOnce() throws Exception {
    JedisPooled redis = startRedis(null);
    Map<String, Integer> finishEvents = new ConcurrentHashMap<>();
    listen(server.port(), "load:events", finishEvents);
    RecordingHandler handler = RecordingHandler.echo();
    addJobs(redis, "load", 500);

    startWorkers(3, "load", Duration.ofSeconds(10), handler);

    Await.until(WAIT, "500 finished events", () -> finishEvents.size() == 500);
    assertThat(finished(redis, "load", 500)).isEqualTo(500);
    assertThat(finishEvents.values()).containsOnly(1);
    assertThat(handler.calls.values().stream().map(c -> c.get()).collect(Collectors.toSet()))
        .containsExactly(1);
    Set<String> workers =
        IntStream.range(0, 500)
            .mapToObj(i -> redis.hget("load:job:j" + i, "worker"))
            .collect(Collectors.toSet());
    assertThat(workers).containsExactlyInAnyOrder("w0", "w1", "w2");
    assertThat(redis.xlen("load")).isZero();
  }

  @Test
  void aJobOfAWorkerProcessKilledMidJobIsFinishedByAnother() throws Exception {
    JedisPooled redis = startRedis(null);
    redis.xadd(
        "kill", StreamEntryID.NEW_ENTRY, Map.of("job", "{\"id\":\"j0\",\"source\":\"a.mp4\"}"));
    Process child = startWorkerProcess("kill", "doomed", Duration.ofMillis(1500));
    try {
      Await.until(
          WAIT,
          "child started the job",
          () -> "doomed".equals(redis.hget("kill:job:j0", "worker")));
      child.destroyForcibly().waitFor();
    } finally {
      child.destroyForcibly();
    }
    RecordingHandler handler = RecordingHandler.echo();

    startWorkers(1, "kill", Duration.ofMillis(1500), handler);

    Await.until(WAIT, "job finished", () -> finished(redis, "kill", 1) == 1);
    assertThat(redis.hgetAll("kill:job:j0"))
        .containsEntry("worker", "w0")
        .containsEntry("attempts", "2");
    assertThat(redis.get("kill:result:j0")).contains("\"attempt\":2");
  }

  @Test
  void workersRecoverWhenRedisRestartsMidRunAndLoseNoJob() throws Exception {
    JedisPooled redis = startRedis(redisData);
    RecordingHandler handler = RecordingHandler.sleeping(20);
    addJobs(redis, "restart", 200);
    startWorkers(2, "restart", Duration.ofSeconds(4), handler);
    Await.until(WAIT, "some jobs done", () -> handler.totalCalls() >= 40);

    assertThat(finished(redis, "restart", 200)).isLessThan(200);
    server.stopServer();
    Thread.sleep(500);
    server.startServer();

    JedisPooled after = new JedisPooled("localhost", server.port());
    open.add(after);
    Await.until(WAIT, "200 finished", () -> finished(after, "restart", 200) == 200);
    assertThat(handler.ranTwiceAtOnce).isEmpty();
    assertThat(IntStream.range(0, 200).filter(i -> after.exists("restart:result:j" + i)).count())
        .isEqualTo(200);
    assertThat(after.xpending("restart", "framecode").getTotal()).isZero();
  }

  private Process startWorkerProcess(String queue, String consumer, Duration lease)
      throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder =
        new ProcessBuilder(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            WorkerProcessMain.class.getName(),
            server.url(),
            queue,
            consumer,
            Long.toString(lease.toMillis()),
            root.toString());
    builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
    return builder.start();
  }

  private static void listen(int port, String channel, Map<String, Integer> finished) {
    JedisPubSub pubSub =
        new JedisPubSub() {
          @Override
          public void onMessage(String name, String message) {
            String id = message.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
            finished.merge(id, 1, Integer::sum);
          }
        };
    Thread thread =
        new Thread(
            () -> {
              try (Jedis jedis = new Jedis("localhost", port)) {
                jedis.subscribe(pubSub, channel);
              } catch (RuntimeException e) {
                // the server stopped at the end of the test
              }
            });
    thread.setDaemon(true);
    thread.start();
    Await.until(WAIT, "subscribed", () -> pubSub.isSubscribed());
  }
}
