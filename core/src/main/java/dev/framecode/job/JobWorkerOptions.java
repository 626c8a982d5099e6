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

  /** Returns a builder with the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the options with every default. */
  public static JobWorkerOptions defaults() {
    return builder().build();
  }

  /** Returns how many jobs run at once; 1 by default. */
  public int concurrency() {
    return concurrency;
  }

  /** Returns how long one job may run before it fails; 1 hour by default. */
  public Duration timeLimit() {
    return timeLimit;
  }

  /**
   * Returns how long {@link JobWorker#close()} lets running jobs finish before it stops them and
   * hands them back; 30 seconds by default.
   */
  public Duration shutdownGrace() {
    return shutdownGrace;
  }

  /** Returns how long one receive call waits for a job; 1 second by default. */
  public Duration pollTimeout() {
    return pollTimeout;
  }

  /** Returns how often progress is sent, at the latest; 2 seconds by default. */
  public Duration progressInterval() {
    return progressInterval;
  }

  /** Returns the first wait after the queue could not be reached; 100 ms by default. */
  public Duration backoffInitial() {
    return backoffInitial;
  }

  /** Returns the longest wait between tries to reach the queue; 5 seconds by default. */
  public Duration backoffMax() {
    return backoffMax;
  }

  /** Returns the policy that checks each job's source; by default one that allows nothing. */
  public SourcePolicy sourcePolicy() {
    return sourcePolicy;
  }

  /** Returns the listener; by default one that does nothing. */
  public JobListener listener() {
    return listener;
  }

  /** Returns the clock for time limits and leases; the system clock by default. */
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

    /** Sets how many jobs run at once, >= 1. */
    public Builder concurrency(int concurrency) {
      if (concurrency < 1) {
        throw new IllegalArgumentException("concurrency must be >= 1, got " + concurrency);
      }
      this.concurrency = concurrency;
      return this;
    }

    /** Sets how long one job may run, > 0. */
    public Builder timeLimit(Duration timeLimit) {
      this.timeLimit = positive(timeLimit, "time limit");
      return this;
    }

    /** Sets how long close waits for running jobs, >= 0. */
    public Builder shutdownGrace(Duration shutdownGrace) {
      if (shutdownGrace.isNegative()) {
        throw new IllegalArgumentException("shutdown grace must be >= 0, got " + shutdownGrace);
      }
      this.shutdownGrace = shutdownGrace;
      return this;
    }

    /** Sets how long one receive call waits, > 0. */
    public Builder pollTimeout(Duration pollTimeout) {
      this.pollTimeout = positive(pollTimeout, "poll timeout");
      return this;
    }

    /** Sets how often progress is sent at the latest, > 0. */
    public Builder progressInterval(Duration progressInterval) {
      this.progressInterval = positive(progressInterval, "progress interval");
      return this;
    }

    /** Sets the first and the longest wait between tries to reach the queue, both > 0. */
    public Builder backoff(Duration initial, Duration max) {
      this.backoffInitial = positive(initial, "initial backoff");
      this.backoffMax = positive(max, "max backoff");
      return this;
    }

    /** Sets the policy that checks each job's source. */
    public Builder sourcePolicy(SourcePolicy sourcePolicy) {
      this.sourcePolicy = Objects.requireNonNull(sourcePolicy, "sourcePolicy");
      return this;
    }

    /** Sets the listener that hears what the worker does. */
    public Builder listener(JobListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /** Sets the clock for time limits and leases. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Returns the options. */
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
