package dev.framecode.redis;

/** How jobs are kept in Redis. */
public enum RedisQueueMode {
  /**
   * A stream read by a consumer group ({@code XREADGROUP}, {@code XACK}, {@code XAUTOCLAIM}):
   * producers add jobs with {@code XADD}. The default.
   */
  STREAM,
  /**
   * A plain list that producers {@code LPUSH} to: each job moves into a processing list with {@code
   * BLMOVE} while it runs, and a reaper moves jobs of dead workers back.
   */
  LIST
}
