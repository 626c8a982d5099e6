package dev.framecode.cli;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether a decoded text is the expected one when corpora disagree on how a symbology's
 * text is written: Codabar start and stop characters, the GS1 application identifiers of DataBar
 * and GS1-128 with or without parentheses, UPC-A written as EAN-13, UPC-E written expanded, EAN
 * add-ons appended or not, and Code 39 full-ASCII pairs.
 */
final class TextConventions {
  private TextConventions() {}

  private static final Pattern GS1_HUMAN_READABLE = Pattern.compile("(\\(\\d{2,4}\\)[^()]+)+");
  private static final String CODABAR_GUARDS = "ABCDTNE*abcdtne";
  private static final char GROUP_SEPARATOR = 0x1D;

  /** Returns whether {@code decoded} reads as {@code expected} for any of {@code formats}. */
  static boolean matches(String expected, String decoded, List<String> formats) {
    if (expected.equals(decoded)) {
      return true;
    }
    for (String format : formats) {
      if (sameUnder(format, expected, decoded)) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameUnder(String format, String expected, String decoded) {
    return switch (format) {
      case "EAN_13", "UPC_A", "EAN_8", "UPC_E" -> shareGtin(expected, decoded, format);
      case "CODABAR" -> stripCodabarGuards(expected).equals(stripCodabarGuards(decoded));
      case "RSS_14", "DATABAR_LIMITED" -> gtin14(expected).equals(gtin14(decoded));
      case "RSS_EXPANDED" -> withoutGs1Marks(expected).equals(withoutGs1Marks(decoded));
      case "CODE_128" -> plainCode128(expected).equals(plainCode128(decoded));
      case "CODE_39" -> fullAscii(expected).equals(fullAscii(decoded));
      default -> false;
    };
  }

  private static String stripCodabarGuards(String text) {
    if (text.length() >= 2
        && CODABAR_GUARDS.indexOf(text.charAt(0)) >= 0
        && CODABAR_GUARDS.indexOf(text.charAt(text.length() - 1)) >= 0) {
      return text.substring(1, text.length() - 1);
    }
    return text;
  }

  private static String withoutGs1Marks(String text) {
    return text.replace("(", "").replace(")", "").replace(String.valueOf(GROUP_SEPARATOR), "");
  }

  private static String gtin14(String text) {
    String digits = withoutGs1Marks(text).strip();
    return digits.length() == 16 && digits.startsWith("01") ? digits.substring(2) : digits;
  }

  private static String plainCode128(String text) {
    String plain = text.startsWith("]C1") ? text.substring(3) : text;
    plain = plain.replace(String.valueOf(GROUP_SEPARATOR), "");
    if (GS1_HUMAN_READABLE.matcher(plain).matches()) {
      plain = plain.replace("(", "").replace(")", "");
    }
    return plain;
  }

  // Code 39 full ASCII spells most characters as a pair: "+A" is "a", "$A" is SOH, and so on.
  private static String fullAscii(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ("+$%/".indexOf(c) >= 0 && i + 1 < text.length()) {
        char next = text.charAt(i + 1);
        Character decoded = next >= 'A' && next <= 'Z' ? fullAsciiPair(c, next) : null;
        if (decoded != null) {
          out.append(decoded.charValue());
          i++;
          continue;
        }
      }
      out.append(c);
    }
    return out.toString();
  }

  private static Character fullAsciiPair(char shift, char letter) {
    int n = letter - 'A';
    switch (shift) {
      case '+':
        return (char) ('a' + n);
      case '$':
        return (char) (1 + n);
      case '/':
        return letter <= 'O' ? (char) ('!' + n) : letter == 'Z' ? ':' : null;
      default:
        if (letter <= 'E') {
          return (char) (0x1B + n);
        } else if (letter <= 'J') {
          return ";<=>?".charAt(n - 5);
        } else if (letter <= 'O') {
          return "[\\]^_".charAt(n - 10);
        } else if (letter <= 'S') {
          return "{|}~".charAt(n - 15);
        }
        return switch (letter) {
          case 'U' -> (char) 0;
          case 'V' -> '@';
          case 'W' -> '`';
          default -> (char) 0x7F;
        };
    }
  }

  // EAN and UPC: compare the main symbol as a GTIN-13, ignoring any 2- or 5-digit add-on.
  private static boolean shareGtin(String expected, String decoded, String format) {
    Set<String> want = expectedGtins(expected, format);
    want.retainAll(gtins(decoded));
    return !want.isEmpty();
  }

  private static Set<String> expectedGtins(String text, String format) {
    String digits = digitsOnly(text);
    if (digits == null) {
      return new HashSet<>();
    }
    int length =
        switch (format) {
          case "EAN_13" -> 13;
          case "UPC_A" -> 12;
          default -> 8;
        };
    if (digits.length() == length
        || digits.length() == length + 2
        || digits.length() == length + 5) {
      return gtinForms(digits.substring(0, length));
    }
    return gtins(text);
  }

  private static Set<String> gtins(String text) {
    Set<String> out = new HashSet<>();
    String digits = digitsOnly(text);
    if (digits == null) {
      return out;
    }
    for (int addOn : new int[] {0, 2, 5}) {
      int main = digits.length() - addOn;
      if (main == 8 || main == 12 || main == 13) {
        out.addAll(gtinForms(digits.substring(0, main)));
      }
    }
    return out;
  }

  private static Set<String> gtinForms(String main) {
    Set<String> forms = new HashSet<>();
    switch (main.length()) {
      case 13 -> forms.add(main);
      case 12 -> forms.add("0" + main);
      case 8 -> {
        forms.add("8:" + main);
        if (main.charAt(0) == '0' || main.charAt(0) == '1') {
          forms.add("0" + expandUpcE(main));
        }
      }
      default -> {}
    }
    return forms;
  }

  /**
   * Returns the 12-digit UPC-A that an 8-digit UPC-E (number system, six digits, check) encodes.
   */
  static String expandUpcE(String upcE) {
    String d = upcE.substring(1, 7);
    char last = d.charAt(5);
    String body =
        switch (last) {
          case '0', '1', '2' -> d.substring(0, 2) + last + "0000" + d.substring(2, 5);
          case '3' -> d.substring(0, 3) + "00000" + d.substring(3, 5);
          case '4' -> d.substring(0, 4) + "00000" + d.charAt(4);
          default -> d.substring(0, 5) + "0000" + last;
        };
    return upcE.charAt(0) + body + upcE.charAt(7);
  }

  private static String digitsOnly(String text) {
    String digits = text.replaceAll("[\\s-]", "");
    return !digits.isEmpty() && digits.chars().allMatch(Character::isDigit) ? digits : null;
  }
}
