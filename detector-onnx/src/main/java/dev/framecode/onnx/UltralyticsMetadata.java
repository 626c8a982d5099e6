package dev.framecode.onnx;

import dev.framecode.InvalidModelException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the custom metadata ultralytics writes into its ONNX exports: {@code names} as a Python
 * dict literal ({@code {0: 'barcode', 1: 'qr'}}), {@code imgsz} as {@code [height, width]}, {@code
 * stride} and {@code task}. Every malformed value is an {@link InvalidModelException} naming the
 * model, the key, the expected form and the value found.
 */
final class UltralyticsMetadata {

  private final String model;
  private final Map<String, String> values;

  UltralyticsMetadata(String model, Map<String, String> values) {
    this.model = model;
    this.values = Map.copyOf(values);
  }

  /** Returns the raw value of {@code key}, or null when the model does not state it. */
  String get(String key) {
    return values.get(key);
  }

  /** Returns the class names indexed by id, or null when the model does not state them. */
  List<String> names() {
    String literal = values.get("names");
    return literal == null ? null : new NamesParser(literal).parse();
  }

  /** Returns {@code [height, width]}, or null when the model does not state {@code imgsz}. */
  int[] imgsz() {
    String literal = values.get("imgsz");
    if (literal == null) {
      return null;
    }
    String body = literal.strip();
    if (body.startsWith("[") && body.endsWith("]")) {
      body = body.substring(1, body.length() - 1);
    }
    String[] parts = body.split(",", -1);
    if (parts.length > 2) {
      throw malformed("imgsz", "[height, width] or one size", literal);
    }
    int height = positiveInt("imgsz", parts[0], literal);
    int width = parts.length == 2 ? positiveInt("imgsz", parts[1], literal) : height;
    return new int[] {height, width};
  }

  /** Returns the stride, or 32 when the model does not state one. */
  int stride() {
    String literal = values.get("stride");
    return literal == null ? 32 : positiveInt("stride", literal, literal);
  }

  /**
   * Checks that the model is a detection model.
   *
   * @throws InvalidModelException if {@code task} is stated and is not {@code detect}
   */
  void requireDetectTask() {
    String task = values.get("task");
    if (task != null && !task.strip().equals("detect")) {
      throw new InvalidModelException(
          "model "
              + model
              + " is a '"
              + task.strip()
              + "' model; only task 'detect' (boxes with class scores) is supported");
    }
  }

  private int positiveInt(String key, String text, String literal) {
    try {
      int value = Integer.parseInt(text.strip());
      if (value > 0) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below with the whole value
    }
    throw malformed(key, "positive integers", literal);
  }

  private InvalidModelException malformed(String key, String expected, String literal) {
    return new InvalidModelException(
        "model "
            + model
            + " has metadata '"
            + key
            + "' that is not "
            + expected
            + ": '"
            + literal
            + "'");
  }

  /** A small reader for the dict literal Python's repr writes: int keys, quoted string values. */
  private final class NamesParser {
    private final String text;
    private int pos;

    NamesParser(String text) {
      this.text = text;
    }

    List<String> parse() {
      TreeMap<Integer, String> byId = new TreeMap<>();
      expect('{');
      if (!peek('}')) {
        do {
          int id = key();
          expect(':');
          if (byId.put(id, string()) != null) {
            throw fail("class " + id + " twice");
          }
        } while (accept(','));
      }
      expect('}');
      skipSpace();
      if (pos != text.length()) {
        throw fail("text after the closing brace");
      }
      return contiguous(byId);
    }

    private List<String> contiguous(TreeMap<Integer, String> byId) {
      if (byId.isEmpty()) {
        throw fail("no classes");
      }
      List<String> names = new ArrayList<>(byId.size());
      for (Map.Entry<Integer, String> e : byId.entrySet()) {
        if (e.getKey() != names.size()) {
          throw fail("class ids not 0.." + (byId.size() - 1));
        }
        names.add(e.getValue());
      }
      return names;
    }

    private int key() {
      skipSpace();
      boolean quoted = pos < text.length() && (text.charAt(pos) == '\'' || text.charAt(pos) == '"');
      String digits = quoted ? string() : digits();
      try {
        return Integer.parseInt(digits);
      } catch (NumberFormatException e) {
        throw fail("a class id that is not a number");
      }
    }

    private String digits() {
      int start = pos;
      while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
        pos++;
      }
      return text.substring(start, pos);
    }

    private String string() {
      skipSpace();
      if (pos >= text.length() || (text.charAt(pos) != '\'' && text.charAt(pos) != '"')) {
        throw fail("a class name that is not a quoted string");
      }
      char quote = text.charAt(pos++);
      StringBuilder out = new StringBuilder();
      while (pos < text.length() && text.charAt(pos) != quote) {
        char c = text.charAt(pos++);
        if (c == '\\' && pos < text.length()) {
          c = text.charAt(pos++);
        }
        out.append(c);
      }
      if (pos >= text.length()) {
        throw fail("an unclosed string");
      }
      pos++;
      return out.toString();
    }

    private void expect(char c) {
      if (!accept(c)) {
        throw fail("'" + c + "' missing at position " + pos);
      }
    }

    private boolean accept(char c) {
      if (peek(c)) {
        pos++;
        return true;
      }
      return false;
    }

    private boolean peek(char c) {
      skipSpace();
      return pos < text.length() && text.charAt(pos) == c;
    }

    private void skipSpace() {
      while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
        pos++;
      }
    }

    private InvalidModelException fail(String problem) {
      return malformed("names", "a dict like {0: 'barcode'} (" + problem + ")", text);
    }
  }
}
