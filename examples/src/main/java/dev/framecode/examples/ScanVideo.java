package dev.framecode.examples;

import dev.framecode.Decoder;
import dev.framecode.Detector;
import dev.framecode.FrameSource;
import dev.framecode.javacv.FfmpegFrameSource;
import dev.framecode.onnx.OnnxDetector;
import dev.framecode.video.VideoCode;
import dev.framecode.video.VideoReport;
import dev.framecode.video.VideoScanner;
import dev.framecode.zxing.ZxingDecoder;
import java.nio.file.Path;

/**
 * Scans a video and prints each physical code once, with when it was seen. A second argument names
 * an ultralytics-exported ONNX model to find the codes with instead of framecode's own.
 *
 * <pre>examples/run ScanVideo samples/codes.mp4 [best.onnx]</pre>
 */
public final class ScanVideo {
  private ScanVideo() {}

  /**
   * Runs the example.
   *
   * @param args the video to scan, then optionally an ONNX model to find codes with
   */
  public static void main(String[] args) {
    Path video = Path.of(args[0]);
    try (FrameSource source = FfmpegFrameSource.open(video);
        Decoder decoder = new ZxingDecoder();
        Detector detector =
            args.length > 1
                ? OnnxDetector.open(Path.of(args[1]))
                : OnnxDetector.withDefaultModel()) {
      VideoReport report = VideoScanner.builder(source, decoder).detector(detector).build().scan();
      for (VideoCode code : report.barcodes()) {
        System.out.printf(
            "%s %s from %.2f s to %.2f s%n",
            code.format(), code.text(), code.firstSeenSeconds(), code.lastSeenSeconds());
      }
    }
  }
}
