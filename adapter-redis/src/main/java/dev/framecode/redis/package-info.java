/**
 * The Redis implementation of framecode's job queue. Work in progress: this module has no public
 * API yet.
 */
package dev.framecode.redis;
