package dev.framecode.redis;

/** The names of the Redis keys one queue uses; all but the queue itself share its name. */
record RedisKeys(String queue) {

  /** The stream or list producers add jobs to. */
  String jobs() {
    return queue;
  }

  /** In list mode, the list that holds jobs while they run. */
  String processing() {
    return queue + ":processing";
  }

  /** The stream of jobs that failed for good. */
  String dead() {
    return queue + ":dead";
  }

  /** The channel on which an event is published when a job ends. */
  String events() {
    return queue + ":events";
  }

  /** The hash that holds one job's status. */
  String status(String jobId) {
    return queue + ":job:" + jobId;
  }

  /** The string that holds one job's result JSON. */
  String result(String jobId) {
    return queue + ":result:" + jobId;
  }
}
