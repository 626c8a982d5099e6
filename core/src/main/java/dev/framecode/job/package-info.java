/**
 * Scan jobs taken from a queue: the {@link dev.framecode.job.Job} model, the {@link
 * dev.framecode.job.JobQueue} interface a queue adapter implements, the {@link
 * dev.framecode.job.JobHandler} that does the work, and the {@link dev.framecode.job.JobWorker}
 * that runs handlers for jobs from any queue, several at once, with time limits, leases and a
 * graceful shutdown. {@link dev.framecode.job.SourcePolicy} keeps jobs to allowed files and URLs.
 *
 * <p>Arguments and results are never null unless a method says so.
 */
package dev.framecode.job;
