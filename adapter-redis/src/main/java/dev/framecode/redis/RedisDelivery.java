package dev.framecode.redis;

/**
 * What the queue remembers of a job it handed out.
 *
 * @param jobId the job's id
 * @param entryId the stream entry id, or "" in list mode
 * @param raw the job's payload as it came
 * @param lease the token that says the job is still this worker's
 */
record RedisDelivery(String jobId, String entryId, String raw, String lease) {}
