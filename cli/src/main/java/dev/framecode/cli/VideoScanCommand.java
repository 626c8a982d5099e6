package dev.framecode.cli;

import dev.framecode.Decoder;
import dev.framecode.Detector;
import dev.framecode.UnreadableInputException;
import dev.framecode.video.VideoCode;
import dev.framecode.video.VideoReport;
import dev.framecode.video.VideoScanListener;
import dev.framecode.video.VideoScanOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/** The video half of {@code framecode scan}: one video, a progress bar, a table, a report. */
final class VideoScanCommand {

  private final ScanCommand command;

  VideoScanCommand(ScanCommand command) {
    this.command = command;
  }

  int call() throws IOException {
    PrintWriter out = command.spec.commandLine().getOut();
    PrintWriter err = command.spec.commandLine().getErr();
    if (command.inputs.size() != 1) {
      err.println(
          "framecode: scan reads one video at a time, got " + command.inputs.size() + " files");
      return FramecodeCommand.BAD_INPUT;
    }
    String unusable = unusableOption();
    if (unusable != null) {
      err.println("framecode: " + unusable);
      return FramecodeCommand.BAD_INPUT;
    }
    Path video = command.inputs.get(0);
    VideoReport report;
    try {
      report = scan(video, err);
    } catch (UnreadableInputException | UnsupportedOperationException e) {
      err.println("framecode: " + e.getMessage());
      return FramecodeCommand.BAD_INPUT;
    }
    printTable(video, report, command.summary());
    if (command.json != null) {
      VideoScanReport.of(video.toString(), report).write(command.json, out);
    }
    return report.barcodes().isEmpty() ? FramecodeCommand.NOTHING_FOUND : FramecodeCommand.FOUND;
  }

  private VideoReport scan(Path video, PrintWriter err) {
    ProgressBar bar = System.console() != null ? new ProgressBar(err) : null;
    VideoScanListener listener = bar != null ? bar : new VideoScanListener() {};
    try (Decoder decoder = command.reader.openDecoder(ReaderOptions.VIDEO_BUDGET);
        Detector detector = command.reader.openDetector()) {
      return VideoScans.scan(video, settings(), decoder, null, detector, listener, i -> {});
    } finally {
      if (bar != null) {
        bar.clear();
      }
    }
  }

  // Options checked before the video is opened, named as the user typed them; null when usable.
  private String unusableOption() {
    if (command.fullFrameEvery != null && command.fullFrameEvery < 1) {
      return "--full-frame-every must be at least 1, got " + command.fullFrameEvery;
    }
    return VideoScans.Settings.unusable(command.every, command.from, command.to, n -> "--" + n);
  }

  private VideoScans.Settings settings() {
    VideoScanOptions.Builder options = VideoScanOptions.builder();
    if (command.fullFrameEvery != null) {
      options.fullFrameInterval(command.fullFrameEvery);
    }
    return new VideoScans.Settings(
        command.every, command.from, command.to, command.annotate, options.build());
  }

  static void printTable(Path video, VideoReport report, PrintWriter out) {
    int n = report.barcodes().size();
    out.printf(
        "%s: %d %s in %d frames, %.1f s (%.1f frames/s)%n",
        video,
        n,
        n == 1 ? "code" : "codes",
        report.framesScanned(),
        report.elapsedNanos() / 1e9,
        report.framesPerSecond());
    if (n > 0) {
      out.printf(
          "  %-12s %8s %8s %7s %5s  %s%n", "FORMAT", "FIRST", "LAST", "FRAMES", "INST", "TEXT");
    }
    for (VideoCode code : report.barcodes()) {
      out.printf(
          "  %-12s %7.2fs %7.2fs %7d %5d  %s%n",
          code.format(),
          code.firstSeenSeconds(),
          code.lastSeenSeconds(),
          code.frames(),
          code.instances(),
          ScanCommand.printable(code.text()));
    }
    out.flush();
  }
}
