package dev.framecode.cli;

import dev.framecode.Barcode;
import dev.framecode.Decoder;
import dev.framecode.Detector;
import dev.framecode.Frame;
import dev.framecode.Scanner;
import dev.framecode.UnreadableInputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code framecode scan}: reads the barcodes in image files, or reports each code in a video once.
 */
@Command(
    name = "scan",
    mixinStandardHelpOptions = true,
    description = {
      "Reads the barcodes in image files (PNG, JPEG, GIF, BMP, WebP), or reports each code in"
          + " a video (MP4, MOV, MKV, WebM, AVI, ...) once, with when it was first and last"
          + " seen.",
      "Exit status: 0 when a barcode was read, 1 when none was, 2 on bad usage or unreadable"
          + " input."
    })
final class ScanCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "Image files to scan, or one video file.")
  List<Path> inputs;

  @Option(
      names = "--json",
      paramLabel = "FILE",
      description =
          "Also write the results as JSON to FILE ('-' for standard output, the summary then"
              + " going to standard error).")
  Path json;

  @Option(
      names = "--annotate",
      paramLabel = "OUT.mp4",
      description = "Video only: write a copy with each code outlined and labelled.")
  Path annotate;

  @Option(
      names = "--every",
      paramLabel = "N",
      defaultValue = "1",
      description = "Video only: scan every Nth frame (default: ${DEFAULT-VALUE}).")
  int every;

  @Option(
      names = "--from",
      paramLabel = "TIME",
      converter = TimeConverter.class,
      description = "Video only: start at TIME (seconds, M:SS or H:MM:SS).")
  Duration from;

  @Option(
      names = "--to",
      paramLabel = "TIME",
      converter = TimeConverter.class,
      description = "Video only: stop at TIME (seconds, M:SS or H:MM:SS).")
  Duration to;

  @Option(
      names = "--full-frame-every",
      paramLabel = "N",
      description =
          "Video only: decode a whole frame every N scanned frames to find new codes (default:"
              + " the scanner's).")
  Integer fullFrameEvery;

  @Mixin ReaderOptions reader;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Path jsonFolder = json == null || jsonToStdout() ? null : json.toAbsolutePath().getParent();
    // Before the scan, which may take long, not after it.
    if (jsonFolder != null && !Files.isDirectory(jsonFolder)) {
      err.println("framecode: cannot write " + json + ": folder " + jsonFolder + " does not exist");
      return FramecodeCommand.BAD_INPUT;
    }
    if (jsonFolder != null && Files.isDirectory(json)) {
      err.println("framecode: cannot write " + json + ": it is a folder");
      return FramecodeCommand.BAD_INPUT;
    }
    if (inputs.stream().anyMatch(VideoScans::isVideo)) {
      return new VideoScanCommand(this).call();
    }
    PrintWriter out = summary();
    List<ScanReport.FileResult> results = new ArrayList<>();
    try (Decoder decoder = reader.openDecoder();
        Detector detector = reader.openStillDetector()) {
      Scanner scanner = reader.scanner(decoder, detector);
      for (Path input : inputs) {
        results.add(scanOne(scanner, input, out, err));
      }
    }
    if (json != null) {
      ScanReport.write(new ScanReport(results), json, spec.commandLine().getOut());
    }
    return exitStatus(results);
  }

  /** {@return whether the JSON report goes to standard output ({@code --json -})} */
  private boolean jsonToStdout() {
    return json != null && json.toString().equals("-");
  }

  /**
   * {@return where the human-readable summary goes: standard output, or standard error when the
   * JSON report takes standard output}
   */
  PrintWriter summary() {
    return jsonToStdout() ? spec.commandLine().getErr() : spec.commandLine().getOut();
  }

  private static ScanReport.FileResult scanOne(
      Scanner scanner, Path input, PrintWriter out, PrintWriter err) {
    long start = System.nanoTime();
    try {
      Frame frame = ImageFiles.read(input);
      List<Barcode> barcodes = scanner.scan(frame);
      double millis = (System.nanoTime() - start) / 1e6;
      print(input, barcodes, out);
      return ScanReport.FileResult.of(input, barcodes, millis);
    } catch (UnreadableInputException e) {
      err.println("framecode: " + e.getMessage());
      err.flush();
      return ScanReport.FileResult.failed(input, e.getMessage());
    }
  }

  private static void print(Path input, List<Barcode> barcodes, PrintWriter out) {
    if (barcodes.isEmpty()) {
      out.println(input + ": no barcode");
    } else {
      out.println(
          input + ": " + barcodes.size() + (barcodes.size() == 1 ? " barcode" : " barcodes"));
      for (Barcode barcode : barcodes) {
        out.printf("  %-12s %s%n", barcode.format(), printable(barcode.text()));
      }
    }
    out.flush();
  }

  // Keep one code per line on a terminal: show control characters as escapes.
  static String printable(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              if (c < 0x20 || c == 0x7F) {
                sb.append(String.format("\\x%02X", c));
              } else {
                sb.appendCodePoint(c);
              }
            });
    return sb.toString();
  }

  private static int exitStatus(List<ScanReport.FileResult> results) {
    if (results.stream().anyMatch(r -> r.error() != null)) {
      return FramecodeCommand.BAD_INPUT;
    }
    boolean found = results.stream().anyMatch(r -> !r.barcodes().isEmpty());
    return found ? FramecodeCommand.FOUND : FramecodeCommand.NOTHING_FOUND;
  }
}
