package dev.framecode.job;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link JobWorker} runs jobs: how many at once, for how long, and how it behaves when the
 * queue is away. Immutable; build with {@link #builder()}.
 */
public final class JobWorkerOptions {

  private final int concurrency;
  private final Duration timeLimit;
  private final Duration shutdownGrace;
  private final Duration pollTimeout;
  private final Duration progressInterval;
  private final Duration backoffInitial;
  private final Duration backoffMax;
  private final SourcePolicy sourcePolicy;
  private final JobListener listener;
  private final Clock clock;

  private JobWorkerOptions(Builder builder) {
    this.concurrency = builder.concurrency;
    this.timeLimit = builder.timeLimit;
    this.shutdownGrace = builder.shutdownGrace;
    this.pollTimeout = builder.pollTimeout;
    this.progressInterval = builder.progressInterval;
    this.backoffInitial = builder.backoffInitial;
    this.backoffMax = builder.backoffMax;
    this.sourcePolicy = builder.sourcePolicy;
    this.listener = builder.listener;
    this.clock = builder.clock;
  }

  /** {@return a builder with the defaults} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the options with every default} */
  public static JobWorkerOptions defaults() {
    return builder().build();
  }

  /** {@return how many jobs run at once; 1 by default} */
  public int concurrency() {
    return concurrency;
  }

  /** {@return how long one job may run before it fails; 1 hour by default} */
  public Duration timeLimit() {
    return timeLimit;
  }

  /**
   * {@return how long {@link JobWorker#close()} lets running jobs finish before it stops them and
   * hands them back; 30 seconds by default}
   */
  public Duration shutdownGrace() {
    return shutdownGrace;
  }

  /** {@return how long one receive call waits for a job; 1 second by default} */
  public Duration pollTimeout() {
    return pollTimeout;
  }

  /** {@return how often progress is sent, at the latest; 2 seconds by default} */
  public Duration progressInterval() {
    return progressInterval;
  }

  /** {@return the first wait after the queue could not be reached; 100 ms by default} */
  public Duration backoffInitial() {
    return backoffInitial;
  }

  /** {@return the longest wait between tries to reach the queue; 5 seconds by default} */
  public Duration backoffMax() {
    return backoffMax;
  }

  /** {@return the policy that checks each job's source; by default one that allows nothing} */
  public SourcePolicy sourcePolicy() {
    return sourcePolicy;
  }

  /** {@return the listener; by default one that does nothing} */
  public JobListener listener() {
    return listener;
  }

  /** {@return the clock for time limits and leases; the system clock by default} */
  public Clock clock() {
    return clock;
  }

  /** Collects options. Not thread-safe. */
  public static final class Builder {
    private int concurrency = 1;
    private Duration timeLimit = Duration.ofHours(1);
    private Duration shutdownGrace = Duration.ofSeconds(30);
    private Duration pollTimeout = Duration.ofSeconds(1);
    private Duration progressInterval = Duration.ofSeconds(2);
    private Duration backoffInitial = Duration.ofMillis(100);
    private Duration backoffMax = Duration.ofSeconds(5);
    private SourcePolicy sourcePolicy = SourcePolicy.builder().build();
    private JobListener listener = new JobListener() {};
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * Sets how many jobs run at once, >= 1.
     *
     * @param concurrency at least 1
     * @return this builder
     */
    public Builder concurrency(int concurrency) {
      if (concurrency < 1) {
        throw new IllegalArgumentException("concurrency must be >= 1, got " + concurrency);
      }
      this.concurrency = concurrency;
      return this;
    }

    /**
     * Sets how long one job may run, > 0.
     *
     * @param timeLimit positive
     * @return this builder
     */
    public Builder timeLimit(Duration timeLimit) {
      this.timeLimit = positive(timeLimit, "time limit");
      return this;
    }

    /**
     * Sets how long close waits for running jobs, >= 0.
     *
     * @param shutdownGrace zero or more
     * @return this builder
     */
    public Builder shutdownGrace(Duration shutdownGrace) {
      if (shutdownGrace.isNegative()) {
        throw new IllegalArgumentException("shutdown grace must be >= 0, got " + shutdownGrace);
      }
      this.shutdownGrace = shutdownGrace;
      return this;
    }

    /**
     * Sets how long one receive call waits, > 0.
     *
     * @param pollTimeout positive
     * @return this builder
     */
    public Builder pollTimeout(Duration pollTimeout) {
      this.pollTimeout = positive(pollTimeout, "poll timeout");
      return this;
    }

    /**
     * Sets how often progress is sent at the latest, > 0.
     *
     * @param progressInterval positive
     * @return this builder
     */
    public Builder progressInterval(Duration progressInterval) {
      this.progressInterval = positive(progressInterval, "progress interval");
      return this;
    }

    /**
     * Sets the first and the longest wait between tries to reach the queue, both > 0.
     *
     * @param initial the wait after the first failed try
     * @param max the wait it doubles up to
     * @return this builder
     */
    public Builder backoff(Duration initial, Duration max) {
      this.backoffInitial = positive(initial, "initial backoff");
      this.backoffMax = positive(max, "max backoff");
      return this;
    }

    /**
     * Sets the policy that checks each job's source.
     *
     * @param sourcePolicy the roots, URL rules and limits jobs must keep to
     * @return this builder
     */
    public Builder sourcePolicy(SourcePolicy sourcePolicy) {
      this.sourcePolicy = Objects.requireNonNull(sourcePolicy, "sourcePolicy");
      return this;
    }

    /**
     * Sets the listener that hears what the worker does.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder listener(JobListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Sets the clock for time limits and leases.
     *
     * @param clock the clock; tests pass a fixed or stepping one
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** {@return the options} */
    public JobWorkerOptions build() {
      return new JobWorkerOptions(this);
    }

    private static Duration positive(Duration value, String name) {
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException(name + " must be > 0, got " + value);
      }
      return value;
    }
  }
}
