package dev.framecode.zxing;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.Result;
import java.time.Month;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the text of a read against what its format allows, where ZXing's own checks pass reads
 * that cannot be right.
 *
 * <ul>
 *   <li>A text holding U+FFFD (bytes that did not convert in the character set the symbol named) or
 *       one of the code points U+FFF0 to U+FFFC (markers ZXing's MaxiCode parser uses inside and
 *       should never hand out) is not what the symbol says.
 *   <li>A GS1 DataBar Expanded element string whose fixed-length fields have the wrong length, or
 *       whose dates name no day of the year, was read from something that only looked like one.
 *   <li>ZXing 3.5.3 leaves an Aztec structured-append header at the start of the text: a space, an
 *       optional message ID ended by a space, then two letters for the symbol's position and the
 *       count of symbols. The header is taken off and the rest is the symbol's text.
 * </ul>
 */
final class ReadValidation {
  private ReadValidation() {}

  private static final Pattern AZTEC_APPEND = Pattern.compile("^ (?:([^ ]*) )?([A-Z])([A-Z])");

  private static final Pattern ELEMENT = Pattern.compile("\\((\\d+)\\)([^()]*)");

  private static final Pattern WHOLE_ELEMENT_STRING = Pattern.compile("(?:\\(\\d+\\)[^()]*)+");

  /** GS1 application identifiers of dates, YYMMDD. */
  private static final Set<String> DATES = Set.of("11", "12", "13", "15", "16", "17");

  /** GS1 application identifiers whose data has one length, by their first two digits. */
  private static final Map<String, Integer> FIXED_LENGTHS =
      Map.ofEntries(
          Map.entry("00", 18),
          Map.entry("01", 14),
          Map.entry("02", 14),
          Map.entry("03", 14),
          Map.entry("11", 6),
          Map.entry("12", 6),
          Map.entry("13", 6),
          Map.entry("15", 6),
          Map.entry("16", 6),
          Map.entry("17", 6),
          Map.entry("20", 2),
          Map.entry("31", 6),
          Map.entry("32", 6),
          Map.entry("33", 6),
          Map.entry("34", 6),
          Map.entry("35", 6),
          Map.entry("36", 6),
          Map.entry("41", 13));

  /**
   * Returns {@code result}, a copy with its text corrected, or {@code null} when the text cannot be
   * what the symbol holds.
   */
  static Result validate(Result result) {
    String text = result.getText();
    if (text == null || hasBrokenCharacters(text)) {
      return null;
    }
    BarcodeFormat format = result.getBarcodeFormat();
    if (format == BarcodeFormat.RSS_EXPANDED && !isWellFormedGs1(text)) {
      return null;
    }
    if (format == BarcodeFormat.AZTEC) {
      return withoutAppendHeader(result);
    }
    return result;
  }

  static boolean hasBrokenCharacters(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\uFFFD' || (c >= '\uFFF0' && c <= '\uFFFC')) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns whether every element of a bracketed GS1 element string, as ZXing writes DataBar
   * Expanded, has the length its identifier fixes, and every date field a real month and day.
   */
  static boolean isWellFormedGs1(String text) {
    if (!WHOLE_ELEMENT_STRING.matcher(text).matches()) {
      // Not an element string at all (DataBar Expanded may hold other data): nothing to check.
      return true;
    }
    Matcher element = ELEMENT.matcher(text);
    while (element.find()) {
      String ai = element.group(1);
      String data = element.group(2);
      if (ai.length() < 2 || ai.length() > 4) {
        return false;
      }
      Integer fixed = FIXED_LENGTHS.get(ai.substring(0, 2));
      if (fixed != null && data.length() != fixed) {
        return false;
      }
      if (DATES.contains(ai) && !isDate(data)) {
        return false;
      }
    }
    return true;
  }

  // YYMMDD; a day of 00 stands for the last day of the month.
  private static boolean isDate(String data) {
    if (data.length() != 6 || !data.chars().allMatch(Character::isDigit)) {
      return false;
    }
    int month = Integer.parseInt(data.substring(2, 4));
    int day = Integer.parseInt(data.substring(4, 6));
    return month >= 1 && month <= 12 && day <= Month.of(month).maxLength();
  }

  private static Result withoutAppendHeader(Result result) {
    String text = result.getText();
    Matcher header = AZTEC_APPEND.matcher(text);
    if (!header.find() || header.group(2).charAt(0) > header.group(3).charAt(0)) {
      return result;
    }
    Result stripped =
        new Result(
            text.substring(header.end()),
            result.getRawBytes(),
            result.getResultPoints(),
            result.getBarcodeFormat(),
            result.getTimestamp());
    stripped.putAllMetadata(result.getResultMetadata());
    return stripped;
  }
}
