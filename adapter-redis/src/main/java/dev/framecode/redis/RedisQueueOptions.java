package dev.framecode.redis;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How {@link RedisJobQueue} uses Redis: the queue's name and mode, how long a silent worker keeps
 * its jobs, how often a job is tried, and how long results are kept. Immutable; build with {@link
 * #builder()}.
 */
public final class RedisQueueOptions {

  private final String queue;
  private final RedisQueueMode mode;
  private final String group;
  private final String consumer;
  private final Duration leaseTime;
  private final int maxAttempts;
  private final Duration resultTtl;
  private final int maxPayloadBytes;
  private final Duration connectTimeout;
  private final Clock clock;

  private RedisQueueOptions(Builder builder) {
    this.queue = builder.queue;
    this.mode = builder.mode;
    this.group = builder.group;
    this.consumer = builder.consumer;
    this.leaseTime = builder.leaseTime;
    this.maxAttempts = builder.maxAttempts;
    this.resultTtl = builder.resultTtl;
    this.maxPayloadBytes = builder.maxPayloadBytes;
    this.connectTimeout = builder.connectTimeout;
    this.clock = builder.clock;
  }

  /** {@return a builder with the defaults} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the options with every default} */
  public static RedisQueueOptions defaults() {
    return builder().build();
  }

  /** {@return the key of the stream or list jobs arrive on; {@code video_queue} by default} */
  public String queue() {
    return queue;
  }

  /**
   * {@return whether jobs arrive on a stream or a list; {@link RedisQueueMode#STREAM} by default}
   */
  public RedisQueueMode mode() {
    return mode;
  }

  /** {@return the stream consumer group all workers share; {@code framecode} by default} */
  public String group() {
    return group;
  }

  /** {@return this worker's name in the group and in job status; host name and process id} */
  public String consumer() {
    return consumer;
  }

  /**
   * {@return how long a job stays with a worker that stopped renewing it before another worker
   * takes it over (the {@code XAUTOCLAIM} idle time, and the list reaper's); 60 s by default}
   */
  public Duration leaseTime() {
    return leaseTime;
  }

  /**
   * {@return how many times a job is tried before it goes to the dead-letter stream; 3 by default}
   */
  public int maxAttempts() {
    return maxAttempts;
  }

  /** {@return how long results and the status of ended jobs are kept; 24 hours by default} */
  public Duration resultTtl() {
    return resultTtl;
  }

  /** {@return the largest job payload accepted, in bytes of UTF-8; 64 KiB by default} */
  public int maxPayloadBytes() {
    return maxPayloadBytes;
  }

  /** {@return how long connecting to Redis may take; 2 s by default} */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /** {@return the clock for timestamps and leases; the system clock by default} */
  public Clock clock() {
    return clock;
  }

  /** Collects options. Not thread-safe. */
  public static final class Builder {
    private static final AtomicInteger COUNT = new AtomicInteger();
    private String queue = "video_queue";
    private RedisQueueMode mode = RedisQueueMode.STREAM;
    private String group = "framecode";
    private String consumer = defaultConsumer();
    private Duration leaseTime = Duration.ofSeconds(60);
    private int maxAttempts = 3;
    private Duration resultTtl = Duration.ofHours(24);
    private int maxPayloadBytes = 64 * 1024;
    private Duration connectTimeout = Duration.ofSeconds(2);
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * Sets the key of the stream or list jobs arrive on.
     *
     * @param queue a Redis key, not empty
     * @return this builder
     */
    public Builder queue(String queue) {
      this.queue = nonBlank(queue, "queue");
      return this;
    }

    /**
     * Sets whether jobs arrive on a stream or a list.
     *
     * @param mode {@link RedisQueueMode#STREAM} or {@link RedisQueueMode#LIST}
     * @return this builder
     */
    public Builder mode(RedisQueueMode mode) {
      this.mode = Objects.requireNonNull(mode, "mode");
      return this;
    }

    /**
     * Sets the stream consumer group.
     *
     * @param group the group name, shared by all workers of one queue
     * @return this builder
     */
    public Builder group(String group) {
      this.group = nonBlank(group, "group");
      return this;
    }

    /**
     * Sets this worker's name; unique per worker process.
     *
     * @param consumer a name no other running worker uses
     * @return this builder
     */
    public Builder consumer(String consumer) {
      this.consumer = nonBlank(consumer, "consumer");
      return this;
    }

    /**
     * Sets how long a silent worker keeps its jobs, >= 100 ms.
     *
     * @param leaseTime at least 100 ms
     * @return this builder
     */
    public Builder leaseTime(Duration leaseTime) {
      if (leaseTime.toMillis() < 100) {
        throw new IllegalArgumentException("lease time must be >= 100 ms, got " + leaseTime);
      }
      this.leaseTime = leaseTime;
      return this;
    }

    /**
     * Sets how many times a job is tried, >= 1.
     *
     * @param maxAttempts at least 1; 1 never retries
     * @return this builder
     */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("max attempts must be >= 1, got " + maxAttempts);
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /**
     * Sets how long results are kept, >= 1 s.
     *
     * @param resultTtl at least 1 s
     * @return this builder
     */
    public Builder resultTtl(Duration resultTtl) {
      if (resultTtl.toMillis() < 1000) {
        throw new IllegalArgumentException("result expiry must be >= 1 s, got " + resultTtl);
      }
      this.resultTtl = resultTtl;
      return this;
    }

    /**
     * Sets the largest job payload accepted, in bytes, >= 64.
     *
     * @param maxPayloadBytes at least 64
     * @return this builder
     */
    public Builder maxPayloadBytes(int maxPayloadBytes) {
      if (maxPayloadBytes < 64) {
        throw new IllegalArgumentException(
            "max payload must be >= 64 bytes, got " + maxPayloadBytes);
      }
      this.maxPayloadBytes = maxPayloadBytes;
      return this;
    }

    /**
     * Sets how long connecting may take, > 0.
     *
     * @param connectTimeout positive
     * @return this builder
     */
    public Builder connectTimeout(Duration connectTimeout) {
      if (connectTimeout.isNegative() || connectTimeout.isZero()) {
        throw new IllegalArgumentException("connect timeout must be > 0, got " + connectTimeout);
      }
      this.connectTimeout = connectTimeout;
      return this;
    }

    /**
     * Sets the clock for timestamps and leases.
     *
     * @param clock the clock; tests pass a fixed or stepping one
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** {@return the options} */
    public RedisQueueOptions build() {
      return new RedisQueueOptions(this);
    }

    private static String nonBlank(String value, String name) {
      if (value == null) {
        throw new NullPointerException(name);
      }
      if (value.isBlank()) {
        throw new IllegalArgumentException(name + " must not be blank, got '" + value + "'");
      }
      return value;
    }

    private static String defaultConsumer() {
      String host;
      try {
        host = InetAddress.getLocalHost().getHostName();
      } catch (UnknownHostException e) {
        host = "worker";
      }
      return host
          + "-"
          + ProcessHandle.current().pid()
          + "-"
          + startTime()
          + "-"
          + COUNT.incrementAndGet();
    }

    // The process id alone repeats across container restarts; the start time tells them apart.
    private static long startTime() {
      return ManagementFactory.getRuntimeMXBean().getStartTime() % 100_000;
    }
  }
}
