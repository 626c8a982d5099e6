/**
 * The Redis implementation of framecode's job queue: {@link dev.framecode.redis.RedisJobQueue}
 * feeds a {@link dev.framecode.job.JobWorker} from a Redis stream (consumer group) or a plain list,
 * and keeps each job's status, result and failures in Redis. The module README documents the job
 * payload and the key layout.
 */
package dev.framecode.redis;
