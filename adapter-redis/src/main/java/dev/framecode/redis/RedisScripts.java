package dev.framecode.redis;

/**
 * The Lua scripts that change a job's state in one step, so that a worker that lost its lease can
 * never overwrite the work of the worker that took the job over. Each checks the lease token in the
 * job's status hash first, where it takes one.
 */
final class RedisScripts {

  private RedisScripts() {}

  /**
   * Starts a delivery. KEYS: status. ARGV: lease, worker, now, max attempts, source, entry id.
   * Returns the attempt number, or minus the attempts made when the job has used them all.
   */
  static final String START =
      """
      local state = redis.call('HGET', KEYS[1], 'state')
      if state == 'finished' or state == 'failed' then redis.call('DEL', KEYS[1]) end
      local attempts = redis.call('HINCRBY', KEYS[1], 'attempts', 1)
      if attempts > tonumber(ARGV[4]) then
        redis.call('HINCRBY', KEYS[1], 'attempts', -1)
        return 1 - attempts
      end
      redis.call('HSET', KEYS[1], 'state', 'started', 'lease', ARGV[1], 'worker', ARGV[2],
        'heartbeat', ARGV[3], 'startedAt', ARGV[3], 'progress', '0', 'frames', '0',
        'source', ARGV[5], 'entry', ARGV[6])
      redis.call('PERSIST', KEYS[1])
      return attempts
      """;

  /**
   * Records progress and renews the lease. KEYS: status, jobs. ARGV: lease, now, fraction, frames,
   * group, consumer, entry id ("" in list mode). Returns 1, or 0 when the lease is not ours.
   */
  static final String PROGRESS =
      """
      if redis.call('HGET', KEYS[1], 'lease') ~= ARGV[1] then return 0 end
      redis.call('HSET', KEYS[1], 'heartbeat', ARGV[2], 'progress', ARGV[3], 'frames', ARGV[4])
      if ARGV[7] ~= '' then
        redis.call('XCLAIM', KEYS[2], ARGV[5], ARGV[6], 0, ARGV[7], 'JUSTID')
      end
      return 1
      """;

  /**
   * Ends a delivery. KEYS: status, jobs, processing, dead, result, events. ARGV: lease ("" to skip
   * the check), action (finish, fail, retry, release), now, mode (stream, list), group, consumer,
   * entry id, raw payload, job id, result or error, expiry ms, event JSON, lease ms. Returns 1, or
   * 0 when the lease is not ours.
   */
  static final String END =
      """
      local status = KEYS[1]
      if ARGV[1] ~= '' and redis.call('HGET', status, 'lease') ~= ARGV[1] then return 0 end
      local action = ARGV[2]
      local function remove()
        if ARGV[4] == 'stream' then
          redis.call('XACK', KEYS[2], ARGV[5], ARGV[7])
          redis.call('XDEL', KEYS[2], ARGV[7])
        else
          redis.call('LREM', KEYS[3], 1, ARGV[8])
        end
      end
      local function giveBack()
        if ARGV[4] == 'stream' then
          redis.call('XCLAIM', KEYS[2], ARGV[5], ARGV[6], 0, ARGV[7], 'IDLE', ARGV[13], 'JUSTID')
        elseif redis.call('LREM', KEYS[3], 1, ARGV[8]) > 0 then
          redis.call('RPUSH', KEYS[2], ARGV[8])
        end
      end
      redis.call('HDEL', status, 'lease')
      if action == 'retry' or action == 'release' then
        redis.call('HSET', status, 'state', 'queued')
        if action == 'retry' then redis.call('HSET', status, 'error', ARGV[10]) end
        if action == 'release' then redis.call('HINCRBY', status, 'attempts', -1) end
        giveBack()
        return 1
      end
      if action == 'finish' then
        redis.call('SET', KEYS[5], ARGV[10], 'PX', ARGV[11])
        redis.call('HSET', status, 'state', 'finished', 'finishedAt', ARGV[3], 'progress', '1')
      else
        redis.call('HSET', status, 'state', 'failed', 'finishedAt', ARGV[3], 'error', ARGV[10])
        redis.call('XADD', KEYS[4], '*', 'id', ARGV[9], 'job', ARGV[8], 'error', ARGV[10],
          'attempts', redis.call('HGET', status, 'attempts') or '0', 'worker', ARGV[6])
      end
      remove()
      redis.call('PEXPIRE', status, ARGV[11])
      redis.call('PUBLISH', KEYS[6], ARGV[12])
      return 1
      """;

  /**
   * Moves a list-mode job from the processing list back to the queue, unless its worker renewed it
   * within the lease time. KEYS: status, jobs, processing. ARGV: raw payload, now, lease ms.
   * Returns 1 when it moved the job.
   */
  static final String REAP =
      """
      local state = redis.call('HGET', KEYS[1], 'state')
      local beat = tonumber(redis.call('HGET', KEYS[1], 'heartbeat') or '0')
      if state == 'started' and tonumber(ARGV[2]) - beat <= tonumber(ARGV[3]) then return 0 end
      if redis.call('LREM', KEYS[3], 1, ARGV[1]) == 0 then return 0 end
      redis.call('RPUSH', KEYS[2], ARGV[1])
      if state == 'started' then
        redis.call('HSET', KEYS[1], 'state', 'queued')
        redis.call('HDEL', KEYS[1], 'lease')
      end
      return 1
      """;
}
