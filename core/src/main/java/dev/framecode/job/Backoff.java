package dev.framecode.job;

import java.time.Duration;

/** Waits that double from an initial value up to a maximum. Not thread-safe. */
final class Backoff {

  private final Duration initial;
  private final Duration max;
  private Duration next;

  Backoff(Duration initial, Duration max) {
    this.initial = initial;
    this.max = max;
    this.next = initial;
  }

  /** Returns the next wait and doubles the one after, up to the maximum. */
  Duration next() {
    Duration current = next;
    Duration doubled = next.multipliedBy(2);
    next = doubled.compareTo(max) > 0 ? max : doubled;
    return current.compareTo(max) > 0 ? max : current;
  }

  /** Starts again from the initial wait. */
  void reset() {
    next = initial;
  }
}
