package dev.framecode.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.framecode.job.Job;
import dev.framecode.job.JobResult;
import dev.framecode.job.JobWorker;
import dev.framecode.job.JobWorkerOptions;
import dev.framecode.job.QueueUnavailableException;
import dev.framecode.job.SourcePolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.JedisPubSub;
import redis.clients.jedis.Protocol;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.resps.StreamEntry;

class RedisJobQueueTest {

  private static final Duration WAIT = Duration.ofSeconds(15);
  private static RedisTestServer server;
  private static JedisPooled redis;

  @TempDir Path root;
  @TempDir Path elsewhere;
  private String queueName;
  private final List<AutoCloseable> open = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void startRedis() {
    server = RedisTestServer.start();
    redis = server.client();
  }

  @AfterAll
  static void stopRedis() {
    server.close();
  }

  @BeforeEach
  void setUp(TestInfo test) throws Exception {
    queueName = "q-" + test.getTestMethod().orElseThrow().getName();
    Files.writeString(root.resolve("a.mp4"), "video");
  }

  @AfterEach
  void closeAll() throws Exception {
    for (int i = open.size() - 1; i >= 0; i--) {
      open.get(i).close();
    }
  }

  private RedisQueueOptions.Builder options() {
    return RedisQueueOptions.builder().queue(queueName).leaseTime(Duration.ofSeconds(2));
  }

  private RedisJobQueue connect(String url) {
    RedisJobQueue queue = RedisJobQueue.connect(url, options().build());
    open.add(queue);
    return queue;
  }

  private RedisJobQueue connect(RedisQueueOptions options) {
    RedisJobQueue queue = RedisJobQueue.connect(server.url(), options);
    open.add(queue);
    return queue;
  }

  private JobWorker work(RedisJobQueue queue, RecordingHandler handler) {
    JobWorkerOptions options =
        JobWorkerOptions.builder()
            .concurrency(2)
            .pollTimeout(Duration.ofMillis(200))
            .progressInterval(Duration.ofMillis(100))
            .sourcePolicy(SourcePolicy.builder().root(root).build())
            .build();
    JobWorker worker = JobWorker.start(queue, handler, options);
    open.add(worker);
    return worker;
  }

  private String add(String json) {
    return redis.xadd(queueName, StreamEntryID.NEW_ENTRY, Map.of("job", json)).toString();
  }

  private Map<String, String> status(String id) {
    return redis.hgetAll(queueName + ":job:" + id);
  }

  private void awaitState(String id, String state) {
    Await.until(WAIT, id + " " + state, () -> state.equals(status(id).get("state")));
  }

  private List<StreamEntry> deadLetters() {
    return redis.xrange(queueName + ":dead", (StreamEntryID) null, (StreamEntryID) null);
  }

  @Test
  void aJobFlowsFromXaddToItsResultStatusAndEvent() throws Exception {
    List<String> events = new CopyOnWriteArrayList<>();
    Thread listener = subscribe(queueName + ":events", events);
    work(connect(options().build()), RecordingHandler.echo());

    add("{\"id\":\"clip-1\",\"source\":\"a.mp4\",\"options\":{\"formats\":\"QR_CODE\"}}");

    awaitState("clip-1", "finished");
    assertThat(redis.get(queueName + ":result:clip-1"))
        .isEqualTo("{\"source\":\"a.mp4\",\"attempt\":1}");
    assertThat(redis.pttl(queueName + ":result:clip-1")).isPositive();
    Map<String, String> status = status("clip-1");
    assertThat(status).containsEntry("attempts", "1").containsEntry("progress", "1");
    assertThat(status).containsKeys("worker", "heartbeat", "startedAt", "finishedAt");
    assertThat(redis.xlen(queueName)).isZero();
    Await.until(WAIT, "event", () -> !events.isEmpty());
    assertThat(events).containsExactly("{\"id\":\"clip-1\",\"state\":\"finished\"}");
    listener.interrupt();
  }

  @Test
  void aJobWithoutAnIdGoesByItsStreamEntryId() {
    work(connect(options().build()), RecordingHandler.echo());

    String entryId = add("{\"source\":\"a.mp4\"}");

    awaitState(entryId, "finished");
    assertThat(redis.exists(queueName + ":result:" + entryId)).isTrue();
  }

  @Test
  void malformedJobsFailWithAClearErrorAndTheWorkerCarriesOn() {
    RecordingHandler handler = RecordingHandler.echo();
    work(connect(options().build()), handler);

    String notJson = add("{not json");
    String wrongType = add("{\"source\":42}");
    String badOption = add("{\"source\":\"a.mp4\",\"options\":{\"formats\":[\"QR_CODE\"]}}");
    String fine = add("{\"id\":\"fine\",\"source\":\"a.mp4\"}");

    awaitState("fine", "finished");
    awaitState(badOption, "failed");
    assertThat(status(notJson).get("error")).startsWith("job payload is not valid JSON");
    assertThat(status(wrongType).get("error"))
        .isEqualTo("job field 'source' must be a non-empty string, got number 42");
    assertThat(status(badOption).get("error"))
        .isEqualTo(
            "job option 'formats' must be a string, number or boolean, got array [\"QR_CODE\"]");
    assertThat(deadLetters()).hasSize(3);
    assertThat(handler.calls).containsOnlyKeys("fine");
  }

  @Test
  void aJobNamingAPathOutsideTheRootsFailsWithoutRunning() throws Exception {
    Path secret = Files.writeString(elsewhere.resolve("secret.mp4"), "x");
    Path link = Files.createSymbolicLink(root.resolve("link.mp4"), secret);
    RecordingHandler handler = RecordingHandler.echo();
    work(connect(options().build()), handler);

    add("{\"id\":\"dots\",\"source\":\"../etc/passwd\"}");
    add("{\"id\":\"link\",\"source\":\"link.mp4\"}");
    add("{\"id\":\"absolute\",\"source\":\"" + secret + "\"}");
    add("{\"id\":\"url\",\"source\":\"http://example.com/a.mp4\"}");
    add("{\"id\":\"missing\",\"source\":\"none.mp4\"}");

    for (String id : List.of("dots", "link", "absolute", "url", "missing")) {
      awaitState(id, "failed");
    }
    assertThat(status("dots").get("error")).contains("must not contain '..'");
    assertThat(status("link").get("error")).contains("outside the allowed roots");
    assertThat(status("absolute").get("error")).contains("outside the allowed roots");
    assertThat(status("url").get("error")).contains("scheme 'http'");
    assertThat(status("missing").get("error")).contains("'none.mp4' does not exist");
    assertThat(status("dots")).containsEntry("attempts", "1");
    assertThat(handler.calls).isEmpty();
    Files.delete(link);
  }

  @Test
  void aPoisonJobLandsInTheDeadLetterStreamAfterMaxAttempts() {
    RecordingHandler handler =
        RecordingHandler.failing(new IllegalStateException("decoder crashed"));
    work(connect(options().maxAttempts(3).build()), handler);

    add("{\"id\":\"poison\",\"source\":\"a.mp4\"}");

    awaitState("poison", "failed");
    assertThat(handler.calls.get("poison")).hasValue(3);
    List<StreamEntry> dead = deadLetters();
    assertThat(dead).hasSize(1);
    assertThat(dead.get(0).getFields())
        .containsEntry("id", "poison")
        .containsEntry("attempts", "3")
        .containsEntry("error", "failed 3 times, last: decoder crashed")
        .containsEntry("job", "{\"id\":\"poison\",\"source\":\"a.mp4\"}");
    assertThat(redis.xpending(queueName, "framecode").getTotal()).isZero();
  }

  @Test
  void aJobWhoseWorkerWentSilentIsFinishedByAnotherOnce() {
    RedisJobQueue silent = connect(options().consumer("silent").build());
    add("{\"id\":\"orphan\",\"source\":\"a.mp4\"}");
    Job taken = silent.receive(Duration.ofSeconds(1)).orElseThrow();
    RecordingHandler handler = RecordingHandler.echo();

    work(connect(options().consumer("alive").build()), handler);

    awaitState("orphan", "finished");
    assertThat(status("orphan")).containsEntry("attempts", "2").containsEntry("worker", "alive");
    assertThat(silent.complete(taken, new JobResult("{\"late\":true}"))).isFalse();
    assertThat(redis.get(queueName + ":result:orphan")).doesNotContain("late");
  }

  @Test
  void aReleasedJobGoesToTheNextWorkerWithoutCountingAnAttempt() {
    RedisJobQueue first = connect(options().consumer("first").build());
    RedisJobQueue second = connect(options().consumer("second").build());
    add("{\"id\":\"handed\",\"source\":\"a.mp4\"}");

    Job job = first.receive(Duration.ofSeconds(1)).orElseThrow();
    assertThat(first.release(job)).isTrue();
    Optional<Job> again = second.receive(Duration.ofMillis(200));

    assertThat(again).map(Job::id).contains("handed");
    assertThat(again).map(Job::attempt).contains(1);
  }

  @Test
  void closingAWorkerMidJobHandsTheJobBackForTheNextWorker() {
    RedisJobQueue first = connect(options().consumer("first").build());
    JobWorker worker =
        JobWorker.start(
            first,
            RecordingHandler.sleeping(30_000),
            JobWorkerOptions.builder()
                .pollTimeout(Duration.ofMillis(100))
                .shutdownGrace(Duration.ofMillis(100))
                .sourcePolicy(SourcePolicy.builder().root(root).build())
                .build());
    add("{\"id\":\"long\",\"source\":\"a.mp4\"}");
    awaitState("long", "started");

    worker.close();

    assertThat(status("long")).containsEntry("state", "queued").containsEntry("attempts", "0");
    Optional<Job> next = connect(options().consumer("next").build()).receive(Duration.ofSeconds(1));
    assertThat(next).map(Job::id).contains("long");
    assertThat(next).map(Job::attempt).contains(1);
  }

  @Test
  void listModeDrainsAVideoQueueThatProducersLpush() {
    RecordingHandler handler = RecordingHandler.echo();
    for (int i = 0; i < 5; i++) {
      redis.lpush(queueName, "{\"id\":\"l" + i + "\",\"source\":\"a.mp4\"}");
    }
    redis.lpush(queueName, "[1, 2]");

    work(connect(options().mode(RedisQueueMode.LIST).build()), handler);

    for (int i = 0; i < 5; i++) {
      awaitState("l" + i, "finished");
    }
    Await.until(WAIT, "dead letter", () -> deadLetters().size() == 1);
    assertThat(deadLetters().get(0).getFields().get("error")).contains("must be a JSON object");
    assertThat(redis.llen(queueName)).isZero();
    assertThat(redis.llen(queueName + ":processing")).isZero();
  }

  @Test
  void listModeReaperPutsBackTheJobOfASilentWorker() {
    RedisQueueOptions list = options().mode(RedisQueueMode.LIST).build();
    RedisJobQueue silent =
        connect(
            RedisQueueOptions.builder()
                .queue(queueName)
                .mode(RedisQueueMode.LIST)
                .leaseTime(Duration.ofSeconds(1))
                .consumer("silent")
                .build());
    redis.lpush(queueName, "{\"id\":\"orphan\",\"source\":\"a.mp4\"}");
    Job taken = silent.receive(Duration.ofSeconds(1)).orElseThrow();

    work(connect(list), RecordingHandler.echo());

    awaitState("orphan", "finished");
    assertThat(silent.complete(taken, new JobResult("{}"))).isFalse();
    assertThat(redis.llen(queueName + ":processing")).isZero();
  }

  @Test
  void connectsAsAnAclUserWithAPassword() {
    redis.sendCommand(
        Protocol.Command.ACL, "SETUSER", "worker", "on", ">s3cret", "~*", "&*", "+@all");
    RedisJobQueue queue = connect("redis://worker:s3cret@localhost:" + server.port());
    queue.ping();
    work(queue, RecordingHandler.echo());

    add("{\"id\":\"acl\",\"source\":\"a.mp4\"}");

    awaitState("acl", "finished");
  }

  @Test
  void pingNamesTheServerWhenThePasswordIsWrong() {
    String url = "redis://nobody:wrong@localhost:" + server.port();
    RedisJobQueue queue = connect(url);

    assertThatThrownBy(queue::ping)
        .isInstanceOf(QueueUnavailableException.class)
        .hasMessageContaining("Redis at redis://localhost:" + server.port())
        .hasMessageContaining("WRONGPASS");
  }

  @Test
  void refusesAUrlThatIsNotRedis() {
    assertThatThrownBy(() -> RedisJobQueue.connect("http://localhost:6379", options().build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("scheme 'http'");
  }

  private static Thread subscribe(String channel, List<String> into) throws Exception {
    AtomicInteger subscribed = new AtomicInteger();
    JedisPubSub pubSub =
        new JedisPubSub() {
          @Override
          public void onSubscribe(String name, int count) {
            subscribed.set(count);
          }

          @Override
          public void onMessage(String name, String message) {
            into.add(message);
          }
        };
    Thread thread =
        new Thread(
            () -> {
              try (Jedis jedis = new Jedis("localhost", server.port())) {
                jedis.subscribe(pubSub, channel);
              } catch (RuntimeException e) {
                // the test ended
              }
            });
    thread.setDaemon(true);
    thread.start();
    Await.until(WAIT, "subscribed", () -> subscribed.get() == 1);
    return thread;
  }
}
