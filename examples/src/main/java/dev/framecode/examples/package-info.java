/**
 * Small programs that show how to embed framecode. Work in progress: this module has no public API
 * yet.
 */
package dev.framecode.examples;
