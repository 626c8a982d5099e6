package dev.framecode.javacv;

import static org.bytedeco.ffmpeg.global.avutil.AV_LOG_ERROR;
import static org.bytedeco.ffmpeg.global.avutil.AV_LOG_FATAL;
import static org.bytedeco.ffmpeg.global.avutil.AV_LOG_WARNING;

import org.bytedeco.ffmpeg.avutil.LogCallback;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacpp.BytePointer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes FFmpeg's own log lines to SLF4J, under the logger {@code dev.framecode.javacv.ffmpeg}.
 *
 * <p>FFmpeg reports each damaged packet as an error; to framecode those are per-frame detail, so
 * they go to debug, and FFmpeg's fatal messages to warn. Whatever stops a source or sink reaches
 * the caller as an exception instead. FFmpeg formats nothing below its warnings unless that logger
 * has debug enabled when the first source or sink opens.
 */
final class FfmpegLog extends LogCallback {

  private static final Logger LOG = LoggerFactory.getLogger("dev.framecode.javacv.ffmpeg");
  private static FfmpegLog installed;

  private FfmpegLog() {}

  /** Installs the callback, once per JVM; later calls do nothing. */
  static synchronized void install() {
    if (installed != null) {
      return;
    }
    installed = new FfmpegLog();
    // FFmpeg keeps the callback as a raw function pointer: keep the Java side reachable.
    installed.retainReference();
    avutil.av_log_set_level(LOG.isDebugEnabled() ? AV_LOG_WARNING : AV_LOG_FATAL);
    avutil.setLogCallback(installed);
  }

  @Override
  public void call(int level, BytePointer message) {
    if (level <= AV_LOG_FATAL) {
      LOG.warn("{}", text(message));
    } else if (level <= AV_LOG_ERROR) {
      LOG.debug("{}", text(message));
    } else {
      LOG.trace("{}", text(message));
    }
  }

  private static String text(BytePointer message) {
    return message == null ? "" : message.getString().strip();
  }
}
