package dev.framecode.redis;

import dev.framecode.job.BadJobException;
import dev.framecode.job.Job;
import dev.framecode.job.JobFailure;
import dev.framecode.job.JobProgress;
import dev.framecode.job.JobQueue;
import dev.framecode.job.JobResult;
import dev.framecode.job.QueueUnavailableException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.commons.pool2.impl.GenericObjectPoolConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.Connection;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.args.ListDirection;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.params.XAutoClaimParams;
import redis.clients.jedis.params.XReadGroupParams;
import redis.clients.jedis.resps.StreamEntry;
import redis.clients.jedis.util.JedisURIHelper;

/**
 * A {@link JobQueue} on Redis: jobs arrive on a stream read by a consumer group, or on a plain list
 * (see {@link RedisQueueMode}); each job's status lives in a hash, its result under its own key
 * with an expiry, and an event is published on a channel when it ends. A job that fails or whose
 * worker dies is tried again, up to the options' attempts, then moved to a dead-letter stream with
 * its last error. The module README documents the payload and the key layout.
 *
 * <p>Blocking reads use their own connection; reports share a small pool. A lost connection
 * surfaces as {@link QueueUnavailableException} and the next call connects again. Thread-safe as
 * {@link JobQueue} requires.
 *
 * <pre>{@code
 * try (RedisJobQueue queue = RedisJobQueue.connect("redis://localhost:6379", options);
 *     JobWorker worker = JobWorker.start(queue, handler, workerOptions)) {
 *   worker.awaitClosed();
 * }
 * }</pre>
 */
public final class RedisJobQueue implements JobQueue {

  private static final Logger log = LoggerFactory.getLogger(RedisJobQueue.class);
  private static final long MAX_BLOCK_MILLIS = 5000;

  private final JedisPooled commands;
  private final JedisPooled receiver;
  private final String where;
  private final RedisQueueOptions options;
  private final RedisKeys keys;
  private final Map<String, RedisDelivery> deliveries = new ConcurrentHashMap<>();
  private final Map<String, Instant> reapSuspects = new HashMap<>();
  private volatile boolean groupReady;
  private volatile Instant nextSweep = Instant.MIN;
  private StreamEntryID claimCursor = new StreamEntryID(0, 0);

  private RedisJobQueue(
      JedisPooled commands, JedisPooled receiver, String where, RedisQueueOptions options) {
    this.commands = commands;
    this.receiver = receiver;
    this.where = where;
    this.options = options;
    this.keys = new RedisKeys(options.queue());
  }

  /**
   * Connects to the Redis at {@code url}: {@code redis://[user:password@]host[:port][/db]}, or
   * {@code rediss://} for TLS with the JVM's trust store. Connections open lazily, so a Redis that
   * is down now is not an error until the first call.
   *
   * @param url where Redis is, with user, password and database if needed
   * @param options the queue keys, delivery rules and timeouts
   * @return a queue; close it to close its connections
   * @throws IllegalArgumentException when the URL is not a Redis URL
   */
  public static RedisJobQueue connect(String url, RedisQueueOptions options) {
    URI uri = parseUrl(url);
    int connectMs = (int) options.connectTimeout().toMillis();
    DefaultJedisClientConfig config =
        DefaultJedisClientConfig.builder()
            .user(JedisURIHelper.getUser(uri))
            .password(JedisURIHelper.getPassword(uri))
            .database(JedisURIHelper.getDBIndex(uri))
            .ssl(JedisURIHelper.isRedisSSLScheme(uri))
            .connectionTimeoutMillis(connectMs)
            .socketTimeoutMillis(connectMs + 10_000)
            .clientName("framecode-" + options.consumer())
            .build();
    JedisPooled commands = new JedisPooled(JedisURIHelper.getHostAndPort(uri), config, pool(16));
    JedisPooled receiver = new JedisPooled(JedisURIHelper.getHostAndPort(uri), config, pool(1));
    String where = uri.getScheme() + "://" + JedisURIHelper.getHostAndPort(uri);
    return new RedisJobQueue(commands, receiver, where, options);
  }

  private static URI parseUrl(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("Redis URL is not a valid URI: " + e.getMessage(), e);
    }
    if (!JedisURIHelper.isValid(uri) || !JedisURIHelper.isRedisScheme(uri)) {
      throw new IllegalArgumentException(
          "Redis URL must be redis://host:port or rediss://host:port, got scheme '"
              + uri.getScheme()
              + "' and host '"
              + uri.getHost()
              + "'");
    }
    return uri;
  }

  private static GenericObjectPoolConfig<Connection> pool(int size) {
    GenericObjectPoolConfig<Connection> pool = new GenericObjectPoolConfig<>();
    pool.setMaxTotal(size);
    pool.setMaxIdle(size);
    pool.setMinIdle(0);
    pool.setJmxEnabled(false);
    return pool;
  }

  /**
   * Checks that Redis answers and accepts the credentials, so a command can fail fast on a wrong
   * URL or password.
   *
   * @throws QueueUnavailableException naming the server and what went wrong
   */
  public void ping() {
    call(commands::ping);
  }

  /** {@return the options this queue was opened with} */
  public RedisQueueOptions options() {
    return options;
  }

  @Override
  public Duration leaseTime() {
    return options.leaseTime();
  }

  @Override
  public Optional<Job> receive(Duration timeout) {
    return call(
        () ->
            options.mode() == RedisQueueMode.STREAM ? receiveEntry(timeout) : receiveItem(timeout));
  }

  @Override
  public boolean progress(Job job, JobProgress progress) {
    RedisDelivery delivery = deliveries.get(job.receipt());
    if (delivery == null) {
      return false;
    }
    List<String> args =
        List.of(
            delivery.lease(),
            now(),
            Double.toString(progress.fraction()),
            Long.toString(progress.framesDone()),
            options.group(),
            options.consumer(),
            delivery.entryId());
    Object held =
        call(
            () ->
                commands.eval(
                    RedisScripts.PROGRESS, List.of(keys.status(job.id()), keys.jobs()), args));
    if (!Long.valueOf(1).equals(held)) {
      deliveries.remove(delivery.lease());
      return false;
    }
    return true;
  }

  @Override
  public boolean complete(Job job, JobResult result) {
    String event = RedisJobPayload.event(job.id(), "finished", null);
    return end(job, "finish", result.json(), event);
  }

  @Override
  public boolean fail(Job job, JobFailure failure) {
    if (failure.retryable() && job.attempt() < options.maxAttempts()) {
      log.debug("job {} failed on attempt {}, will retry: {}", job.id(), job.attempt(), failure);
      return end(job, "retry", failure.message(), "");
    }
    String error =
        failure.retryable()
            ? "failed " + job.attempt() + " times, last: " + failure.message()
            : failure.message();
    log.warn("job {} failed: {}", job.id(), error);
    return end(job, "fail", error, event(job.id(), error));
  }

  @Override
  public boolean release(Job job) {
    return end(job, "release", "", "");
  }

  /** Closes both connection pools. */
  @Override
  public void close() {
    receiver.close();
    commands.close();
  }

  // ---- receiving from a stream

  private Optional<Job> receiveEntry(Duration timeout) {
    ensureGroup();
    if (sweepDue()) {
      Optional<StreamEntry> claimed = claimAbandoned();
      if (claimed.isPresent()) {
        return start(claimed.get().getID().toString(), jobField(claimed.get()));
      }
    }
    return readNew(timeout).flatMap(entry -> start(entry.getID().toString(), jobField(entry)));
  }

  private void ensureGroup() {
    if (groupReady) {
      return;
    }
    try {
      commands.xgroupCreate(keys.jobs(), options.group(), new StreamEntryID(0, 0), true);
    } catch (JedisDataException e) {
      if (e.getMessage() == null || !e.getMessage().startsWith("BUSYGROUP")) {
        throw e;
      }
    }
    groupReady = true;
  }

  private Optional<StreamEntry> claimAbandoned() {
    Map.Entry<StreamEntryID, List<StreamEntry>> page =
        commands.xautoclaim(
            keys.jobs(),
            options.group(),
            options.consumer(),
            options.leaseTime().toMillis(),
            claimCursor,
            new XAutoClaimParams().count(1));
    claimCursor = page.getKey();
    Optional<StreamEntry> claimed = page.getValue().stream().filter(e -> e != null).findFirst();
    if (claimed.isPresent() || isStart(claimCursor)) {
      // Keep sweeping while there is more to claim; rest once the whole list was seen.
      nextSweep = claimed.isPresent() ? Instant.MIN : clock().plus(sweepInterval());
    }
    return claimed;
  }

  private Optional<StreamEntry> readNew(Duration timeout) {
    XReadGroupParams params =
        XReadGroupParams.xReadGroupParams().count(1).block((int) blockMillis(timeout));
    List<Map.Entry<String, List<StreamEntry>>> read =
        receiver.xreadGroup(
            options.group(),
            options.consumer(),
            params,
            Map.of(keys.jobs(), StreamEntryID.XREADGROUP_UNDELIVERED_ENTRY));
    if (read == null || read.isEmpty() || read.get(0).getValue().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(read.get(0).getValue().get(0));
  }

  private static String jobField(StreamEntry entry) {
    String raw = entry.getFields() == null ? null : entry.getFields().get("job");
    return raw != null ? raw : "";
  }

  // ---- receiving from a list

  private Optional<Job> receiveItem(Duration timeout) {
    if (sweepDue()) {
      reapAbandoned();
      nextSweep = clock().plus(sweepInterval());
    }
    double seconds = blockMillis(timeout) / 1000.0;
    String raw =
        receiver.blmove(
            keys.jobs(), keys.processing(), ListDirection.RIGHT, ListDirection.LEFT, seconds);
    return raw == null ? Optional.empty() : start("", raw);
  }

  private void reapAbandoned() {
    Instant now = clock();
    List<String> running = commands.lrange(keys.processing(), 0, 999);
    reapSuspects.keySet().retainAll(running);
    for (String raw : running) {
      reapIfAbandoned(raw, now);
    }
  }

  private void reapIfAbandoned(String raw, Instant now) {
    String id = idOf(raw);
    Map<String, String> status = commands.hgetAll(keys.status(id));
    if (isRenewed(status, now)) {
      reapSuspects.remove(raw);
      return;
    }
    // A job with no status yet may have just been moved: give its worker a lease to start it.
    Instant firstSeen = reapSuspects.putIfAbsent(raw, now);
    boolean stale = "started".equals(status.get("state"));
    boolean waitedLongEnough =
        firstSeen != null && Duration.between(firstSeen, now).compareTo(options.leaseTime()) >= 0;
    if ((stale || waitedLongEnough) && reap(id, raw, now)) {
      reapSuspects.remove(raw);
      log.warn(
          "job {} of worker {} was abandoned; put back on {}",
          id,
          status.get("worker"),
          keys.jobs());
    }
  }

  private boolean isRenewed(Map<String, String> status, Instant now) {
    String beat = status.get("heartbeat");
    return "started".equals(status.get("state"))
        && beat != null
        && now.toEpochMilli() - Long.parseLong(beat) <= options.leaseTime().toMillis();
  }

  private boolean reap(String id, String raw, Instant now) {
    Object moved =
        commands.eval(
            RedisScripts.REAP,
            List.of(keys.status(id), keys.jobs(), keys.processing()),
            List.of(raw, Long.toString(now.toEpochMilli()), millis(options.leaseTime())));
    return Long.valueOf(1).equals(moved);
  }

  private String idOf(String raw) {
    try {
      String id = RedisJobPayload.parse(raw, options.maxPayloadBytes()).id();
      return id != null ? id : RedisJobPayload.digestId(raw);
    } catch (BadJobException e) {
      return RedisJobPayload.digestId(raw);
    }
  }

  // ---- starting and ending deliveries

  private Optional<Job> start(String entryId, String raw) {
    RedisJobPayload payload;
    try {
      payload = RedisJobPayload.parse(raw, options.maxPayloadBytes());
    } catch (BadJobException e) {
      String id = entryId.isEmpty() ? RedisJobPayload.digestId(raw) : entryId;
      log.warn("job {} on {} is malformed: {}", id, keys.jobs(), e.getMessage());
      RedisDelivery bad = new RedisDelivery(id, entryId, raw, "");
      endDelivery(bad, "fail", e.getMessage(), event(id, e.getMessage()));
      return Optional.empty();
    }
    String id = payload.id() != null ? payload.id() : idFor(entryId, raw);
    RedisDelivery delivery = new RedisDelivery(id, entryId, raw, UUID.randomUUID().toString());
    long attempt = startDelivery(delivery, payload.source());
    if (attempt < 0) {
      giveUp(delivery, -attempt);
      return Optional.empty();
    }
    deliveries.put(delivery.lease(), delivery);
    return Optional.of(
        new Job(id, payload.source(), payload.options(), (int) attempt, delivery.lease()));
  }

  private static String idFor(String entryId, String raw) {
    return entryId.isEmpty() ? RedisJobPayload.digestId(raw) : entryId;
  }

  private long startDelivery(RedisDelivery delivery, String source) {
    List<String> args =
        List.of(
            delivery.lease(),
            options.consumer(),
            now(),
            Integer.toString(options.maxAttempts()),
            source,
            delivery.entryId());
    return (Long) commands.eval(RedisScripts.START, List.of(keys.status(delivery.jobId())), args);
  }

  private void giveUp(RedisDelivery delivery, long attempts) {
    String last = commands.hget(keys.status(delivery.jobId()), "error");
    String error =
        "gave up after "
            + attempts
            + " attempts, last error: "
            + (last != null ? last : "its worker stopped without reporting");
    log.warn("job {} goes to {}: {}", delivery.jobId(), keys.dead(), error);
    endDelivery(delivery, "fail", error, event(delivery.jobId(), error));
  }

  /** Ends a delivery; false when the job is not, or no longer, this queue's to report. */
  private boolean end(Job job, String action, String value, String event) {
    RedisDelivery delivery = deliveries.get(job.receipt());
    if (delivery == null) {
      return false;
    }
    boolean held = call(() -> endDelivery(delivery, action, value, event));
    deliveries.remove(delivery.lease());
    if (action.equals("retry") || action.equals("release")) {
      nextSweep = Instant.MIN; // offer the job again at once
    }
    return held;
  }

  private boolean endDelivery(RedisDelivery delivery, String action, String value, String event) {
    List<String> keyList =
        List.of(
            keys.status(delivery.jobId()),
            keys.jobs(),
            keys.processing(),
            keys.dead(),
            keys.result(delivery.jobId()),
            keys.events());
    List<String> args =
        List.of(
            delivery.lease(),
            action,
            now(),
            options.mode() == RedisQueueMode.STREAM ? "stream" : "list",
            options.group(),
            options.consumer(),
            delivery.entryId(),
            delivery.raw(),
            delivery.jobId(),
            value,
            millis(options.resultTtl()),
            event,
            millis(options.leaseTime()));
    return Long.valueOf(1).equals(commands.eval(RedisScripts.END, keyList, args));
  }

  // ---- helpers

  /** Runs a Redis call, turning connection trouble into the queue's own exception. */
  private <T> T call(Supplier<T> action) {
    try {
      return action.get();
    } catch (JedisConnectionException e) {
      groupReady = false;
      throw new QueueUnavailableException(
          "Redis at " + where + " is unreachable: " + e.getMessage(), e);
    } catch (JedisDataException e) {
      if (e.getMessage() != null && e.getMessage().startsWith("NOGROUP")) {
        groupReady = false;
        throw new QueueUnavailableException(
            "consumer group " + options.group() + " on " + keys.jobs() + " is gone", e);
      }
      throw new QueueUnavailableException(
          "Redis at " + where + " refused a command on " + keys.jobs() + ": " + e.getMessage(), e);
    } catch (JedisException e) {
      throw new QueueUnavailableException("Redis at " + where + " failed: " + e.getMessage(), e);
    }
  }

  // Blocking reads stay well inside the socket timeout, so a wait is never taken for a dead link.
  private static long blockMillis(Duration timeout) {
    return Math.min(Math.max(10, timeout.toMillis()), MAX_BLOCK_MILLIS);
  }

  private boolean sweepDue() {
    return !clock().isBefore(nextSweep);
  }

  private Duration sweepInterval() {
    Duration quarter = options.leaseTime().dividedBy(4);
    return quarter.compareTo(Duration.ofSeconds(5)) > 0 ? Duration.ofSeconds(5) : quarter;
  }

  private static boolean isStart(StreamEntryID cursor) {
    return cursor.getTime() == 0 && cursor.getSequence() == 0;
  }

  private static String event(String id, String error) {
    return RedisJobPayload.event(id, "failed", error);
  }

  private Instant clock() {
    return options.clock().instant();
  }

  private String now() {
    return Long.toString(clock().toEpochMilli());
  }

  private static String millis(Duration duration) {
    return Long.toString(duration.toMillis());
  }
}
