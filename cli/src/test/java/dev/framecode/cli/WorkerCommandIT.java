package dev.framecode.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.Protocol;
import redis.clients.jedis.StreamEntryID;
import redis.embedded.RedisServer;

/**
 * Runs the worker as the README tells an operator to, through the launcher, against a real
 * redis-server, and enqueues jobs with the README's own producer lines.
 */
class WorkerCommandIT {

  private static final Path ROOT = Paths.get("..").toAbsolutePath().normalize();
  private static final Duration WAIT = Duration.ofSeconds(90);

  @TempDir Path videos;

  private RedisServer server;
  private JedisPooled redis;
  private int port;
  private Process worker;

  @BeforeEach
  void startRedisAndWorker() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    server =
        RedisServer.newRedisServer()
            .port(port)
            .bind("127.0.0.1")
            .setting("save \"\"")
            .setting("appendonly no")
            .build();
    server.start();
    redis = new JedisPooled("127.0.0.1", port);
    Files.createDirectories(videos.resolve("2024"));
    TestVideos.write(videos.resolve("2024/clip-42.mp4"));
    worker =
        new ProcessBuilder(
                ROOT.resolve("framecode").toString(),
                "worker",
                "--redis",
                "redis://127.0.0.1:" + port,
                "--queue",
                "video_queue",
                "--root",
                videos.toString())
            .directory(ROOT.toFile())
            .redirectErrorStream(true)
            .redirectOutput(videos.resolve("worker.log").toFile())
            .start();
  }

  @AfterEach
  void stopAll() throws Exception {
    if (worker != null && worker.isAlive()) {
      worker.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
    if (redis != null) {
      redis.close();
    }
    if (server != null) {
      server.stop();
    }
  }

  @Test
  void theReadmeRedisCliLineQueuesAJobTheWorkerRuns() throws Exception {
    List<String> words = shellWords(readmeLine("redis-cli XADD"));
    assertThat(words.subList(0, 3)).containsExactly("redis-cli", "XADD", "video_queue");

    redis.sendCommand(Protocol.Command.XADD, words.subList(2, words.size()).toArray(String[]::new));

    assertThat(texts(awaitResult("clip-42")))
        .containsExactlyInAnyOrder(TestVideos.MOVING, TestVideos.TWIN, TestVideos.EAN);
    Map<String, String> status = redis.hgetAll("video_queue:job:clip-42");
    assertThat(status).containsEntry("state", "finished").containsKey("worker");

    worker.destroy();
    assertThat(worker.waitFor(60, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
    assertThat(worker.exitValue()).as(log()).isIn(0, 143);
  }

  @Test
  void theReadmePythonProducerSendsTheSameJob() throws Exception {
    Matcher call =
        Pattern.compile("r\\.xadd\\(\"(\\w+)\", \\{\"(\\w+)\": json\\.dumps\\((\\{.*\\})\\)\\}\\)")
            .matcher(readmeLine("r.xadd("));
    assertThat(call.matches()).as("the README's Python line has the expected shape").isTrue();
    // A Python dict of strings written with double quotes is also a JSON object.
    redis.xadd(call.group(1), StreamEntryID.NEW_ENTRY, Map.of(call.group(2), call.group(3)));

    assertThat(texts(awaitResult("clip-42"))).contains(TestVideos.EAN);
  }

  private String awaitResult(String id) throws Exception {
    Instant deadline = Instant.now().plus(WAIT);
    while (Instant.now().isBefore(deadline)) {
      String result = redis.get("video_queue:result:" + id);
      if (result != null) {
        return result;
      }
      assertThat(worker.isAlive()).as("worker still running; its log:%n%s", log()).isTrue();
      Thread.sleep(200);
    }
    throw new AssertionError("no result for " + id + " within " + WAIT + "; worker log:\n" + log());
  }

  private static List<String> texts(String report) throws IOException {
    List<String> texts = new ArrayList<>();
    new ObjectMapper()
        .readTree(report)
        .get("barcodes")
        .forEach(b -> texts.add(b.get("text").asText()));
    return texts;
  }

  private String log() throws IOException {
    return Files.readString(videos.resolve("worker.log"), StandardCharsets.UTF_8);
  }

  private static String readmeLine(String start) throws IOException {
    return Files.readAllLines(ROOT.resolve("README.md")).stream()
        .filter(line -> line.startsWith(start))
        .findFirst()
        .orElseThrow(() -> new AssertionError("README has no line starting " + start));
  }

  /** Splits a shell command line on blanks, honouring single quotes, as the shell would. */
  private static List<String> shellWords(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean quoted = false;
    boolean inWord = false;
    for (char c : line.toCharArray()) {
      if (c == '\'') {
        quoted = !quoted;
        inWord = true;
      } else if (c == ' ' && !quoted) {
        if (inWord) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
      } else {
        word.append(c);
        inWord = true;
      }
    }
    if (inWord) {
      words.add(word.toString());
    }
    return words;
  }
}
