package dev.framecode.cli;

import dev.framecode.UnreadableInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A corpus manifest: a tab-separated file with a header row naming at least the columns {@code
 * path}, {@code format}, {@code expected_text_file} and {@code notes}. Paths are relative to the
 * manifest's folder. Rows whose path does not start with {@code images/} (videos) are skipped.
 */
record Manifest(Path root, List<Entry> entries) {

  private static final Pattern MULTI = Pattern.compile("(^|;)\\s*multi=\\d+");

  /** What kind of answer an image has. */
  enum Kind {
    /** Holds codes whose texts are known. */
    POSITIVE,
    /** Holds no code: anything read is a false positive. */
    NEGATIVE,
    /** Holds codes of unknown content: counted, never scored. */
    UNKNOWN
  }

  /** One image of the corpus and the texts expected from it. */
  record Entry(String path, List<String> formats, List<String> expected, Kind kind) {}

  static Manifest read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UnreadableInputException(file + ": cannot read the manifest: " + e.getMessage(), e);
    }
    if (lines.isEmpty()) {
      throw new UnreadableInputException(file + ": the manifest is empty");
    }
    Map<String, Integer> columns = columns(file, lines.get(0));
    Path root = file.toAbsolutePath().getParent();
    List<Entry> entries = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split("\t", -1);
      String path = cells[columns.get("path")];
      if (path.startsWith("images/")) {
        entries.add(entry(root, cells, columns));
      }
    }
    return new Manifest(root, List.copyOf(entries));
  }

  private static Map<String, Integer> columns(Path file, String header) {
    Map<String, Integer> columns = new HashMap<>();
    String[] names = header.split("\t");
    for (int i = 0; i < names.length; i++) {
      columns.put(names[i].strip(), i);
    }
    for (String needed : List.of("path", "format", "expected_text_file", "notes")) {
      if (!columns.containsKey(needed)) {
        throw new UnreadableInputException(
            file + ": the manifest has no '" + needed + "' column; its header is " + header);
      }
    }
    return columns;
  }

  private static Entry entry(Path root, String[] cells, Map<String, Integer> columns) {
    String path = cells[columns.get("path")];
    String format = cell(cells, columns.get("format"));
    String expectedFile = cell(cells, columns.get("expected_text_file"));
    String notes = cell(cells, columns.get("notes"));
    List<String> formats =
        Arrays.stream(format.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    if (!expectedFile.isEmpty()) {
      String text = readText(root.resolve(expectedFile));
      List<String> expected =
          MULTI.matcher(notes).find()
              ? Arrays.stream(text.split("\n")).filter(s -> !s.isEmpty()).toList()
              : List.of(text);
      return new Entry(path, formats, expected, Kind.POSITIVE);
    }
    Kind kind = format.equals("NONE") ? Kind.NEGATIVE : Kind.UNKNOWN;
    return new Entry(path, formats, List.of(), kind);
  }

  private static String cell(String[] cells, int index) {
    return index < cells.length ? cells[index] : "";
  }

  private static String readText(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UnreadableInputException(file + ": cannot read the expected text", e);
    }
  }
}
