/**
 * Reading and writing video with FFmpeg through JavaCV: {@link
 * dev.framecode.javacv.FfmpegFrameSource} reads files, image sequences, network streams and capture
 * devices into framecode {@link dev.framecode.Frame}s; {@link dev.framecode.javacv.FfmpegFrameSink}
 * writes frames into browser-playable H.264 MP4 files.
 *
 * <p>Both hold native memory and must be closed. FFmpeg's own log goes to SLF4J under the logger
 * {@code dev.framecode.javacv.ffmpeg}.
 */
package dev.framecode.javacv;
