package dev.framecode.javacv;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bytedeco.ffmpeg.global.avutil;

/** Turns JavaCV's exception messages into short explanations for framecode's own messages. */
final class FfmpegErrors {

  private static final Pattern CALL_AND_CODE = Pattern.compile("(\\w+\\(\\)) error (-?\\d+)");
  private static final String JAVACV_HINT = " (For more details";

  private FfmpegErrors() {}

  /**
   * Returns what went wrong, as "{@code call(): FFmpeg's text for the error code}" when the message
   * carries a code, else the message without JavaCV's hint about logging.
   */
  static String describe(Throwable e) {
    String message = String.valueOf(e.getMessage());
    int hint = message.indexOf(JAVACV_HINT);
    if (hint >= 0) {
      message = message.substring(0, hint);
    }
    Matcher m = CALL_AND_CODE.matcher(message);
    if (m.find()) {
      return m.group(1) + ": " + errorText(Integer.parseInt(m.group(2)));
    }
    return message;
  }

  /** Returns FFmpeg's text for the error code {@code code}, such as "End of file". */
  static String errorText(int code) {
    byte[] text = new byte[256];
    if (avutil.av_strerror(code, text, text.length) < 0) {
      return "error " + code;
    }
    int length = 0;
    while (length < text.length && text[length] != 0) {
      length++;
    }
    return new String(text, 0, length, java.nio.charset.StandardCharsets.UTF_8);
  }
}
