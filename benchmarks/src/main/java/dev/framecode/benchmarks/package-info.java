/**
 * JMH benchmarks of per-frame detect-and-decode latency. Work in progress: this module has no
 * public API yet.
 */
package dev.framecode.benchmarks;
