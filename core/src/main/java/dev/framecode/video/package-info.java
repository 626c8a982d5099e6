/**
 * Scanning a whole video: {@link dev.framecode.video.VideoScanner} reads, detects and decodes on
 * separate threads, tracks each code across frames, votes on its payload, and reports each physical
 * code once in a {@link dev.framecode.video.VideoReport}.
 *
 * <p>Arguments and results are never null unless a method says so. Coordinates are frame pixels,
 * origin at the top left; times are microseconds from the start of the video unless a name says
 * seconds.
 */
package dev.framecode.video;
