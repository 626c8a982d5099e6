/**
 * Reading and writing video with FFmpeg through JavaCV. Work in progress: this module has no public
 * API yet.
 */
package dev.framecode.javacv;
