package dev.framecode.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.framecode.Barcode;
import dev.framecode.Decoder;
import dev.framecode.Detector;
import dev.framecode.Frame;
import dev.framecode.Scanner;
import dev.framecode.UnreadableInputException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code framecode eval}: reads every image of a corpus and scores what was read. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Decodes every image listed in a corpus manifest and prints correct, misread and missed"
          + " counts per format, false positives on images without codes, and time per image.",
      "The manifest is tab separated with the columns path, format, expected_text_file and"
          + " notes; paths are relative to its folder."
    })
final class EvalCommand implements Callable<Integer> {

  private static final int WARM_UP_IMAGES = 30;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "MANIFEST", description = "The corpus's MANIFEST.tsv.")
  Path manifestFile;

  @Option(
      names = "--jsonl",
      paramLabel = "FILE",
      description = "Also write one JSON line per image: path, texts, formats, ms.")
  Path jsonl;

  @Option(
      names = "--match",
      paramLabel = "TEXT",
      description = "Only evaluate images whose path contains TEXT.")
  String match;

  @Option(
      names = "--floors",
      paramLabel = "FILE",
      description =
          "A properties file with correct.min, misread.max and falsePositive.max; exit 1 when"
              + " the run falls short of any of them.")
  Path floors;

  @Mixin ReaderOptions reader;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Manifest manifest = Manifest.read(manifestFile);
    List<Manifest.Entry> entries =
        manifest.entries().stream().filter(e -> match == null || e.path().contains(match)).toList();
    List<Result> results = new ArrayList<>();
    try (Decoder decoder = reader.openDecoder();
        Detector detector = reader.openStillDetector()) {
      Scanner scanner = reader.scanner(decoder, detector);
      warmUp(scanner, manifest.root(), entries);
      for (Manifest.Entry entry : entries) {
        results.add(evaluate(scanner, manifest.root(), entry));
      }
    }
    if (jsonl != null) {
      writeJsonl(results, jsonl);
    }
    EvalTable table = new EvalTable(results);
    table.print(out);
    out.flush();
    return floors == null ? FramecodeCommand.FOUND : checkFloors(table, out);
  }

  private int checkFloors(EvalTable table, PrintWriter out) throws IOException {
    Properties limits = new Properties();
    try (var in = Files.newBufferedReader(floors, StandardCharsets.UTF_8)) {
      limits.load(in);
    }
    List<String> broken = new ArrayList<>();
    long correct = table.count(Outcome.CORRECT);
    long misread = table.count(Outcome.MISREAD);
    long falsePositive = table.count(Outcome.FALSE_POSITIVE);
    if (correct < limit(limits, "correct.min", 0)) {
      broken.add("correct " + correct + " < " + limits.getProperty("correct.min"));
    }
    if (misread > limit(limits, "misread.max", Long.MAX_VALUE)) {
      broken.add("misread " + misread + " > " + limits.getProperty("misread.max"));
    }
    if (falsePositive > limit(limits, "falsePositive.max", Long.MAX_VALUE)) {
      broken.add(
          "false positives " + falsePositive + " > " + limits.getProperty("falsePositive.max"));
    }
    if (broken.isEmpty()) {
      out.println("within the floors of " + floors);
      out.flush();
      return FramecodeCommand.FOUND;
    }
    out.println("below the floors of " + floors + ": " + String.join("; ", broken));
    out.flush();
    return FramecodeCommand.NOTHING_FOUND;
  }

  private static long limit(Properties limits, String key, long otherwise) {
    String value = limits.getProperty(key);
    return value == null ? otherwise : Long.parseLong(value.strip());
  }

  /** What was read from one image, and how it scored. */
  record Result(
      Manifest.Entry entry, List<String> texts, List<String> formats, double ms, String error) {
    Outcome outcome() {
      return Outcome.of(entry, texts);
    }
  }

  private static void warmUp(Scanner scanner, Path root, List<Manifest.Entry> entries) {
    for (Manifest.Entry entry : entries.subList(0, Math.min(WARM_UP_IMAGES, entries.size()))) {
      try {
        scanner.scan(ImageFiles.read(root.resolve(entry.path())));
      } catch (UnreadableInputException e) {
        // Reported when the image is evaluated for real.
      }
    }
  }

  private static Result evaluate(Scanner scanner, Path root, Manifest.Entry entry) {
    Frame frame;
    try {
      frame = ImageFiles.read(root.resolve(entry.path()));
    } catch (UnreadableInputException e) {
      return new Result(entry, List.of(), List.of(), 0, e.getMessage());
    }
    long start = System.nanoTime();
    List<Barcode> barcodes = scanner.scan(frame);
    double ms = (System.nanoTime() - start) / 1e6;
    List<String> texts = barcodes.stream().map(Barcode::text).toList();
    List<String> formats = barcodes.stream().map(b -> b.format().name()).toList();
    return new Result(entry, texts, formats, ms, null);
  }

  private static void writeJsonl(List<Result> results, Path target) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    try (BufferedWriter writer = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
      for (Result result : results) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("path", result.entry().path());
        line.put("texts", result.texts());
        line.put("formats", result.formats());
        line.put("ms", Math.round(result.ms() * 1000) / 1000.0);
        if (result.error() != null) {
          line.put("error", result.error());
        }
        writer.write(mapper.writeValueAsString(line));
        writer.newLine();
      }
    }
  }

  /** Medians and percentiles of per-image times. */
  static double percentile(double[] values, double q) {
    if (values.length == 0) {
      return 0;
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    double rank = q * (sorted.length - 1);
    int low = (int) Math.floor(rank);
    int high = (int) Math.ceil(rank);
    return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
  }
}
