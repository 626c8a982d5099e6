package dev.framecode.examples;

import dev.framecode.Decoder;
import dev.framecode.Detector;
import dev.framecode.PixelFormat;
import dev.framecode.awt.AwtAnnotator;
import dev.framecode.javacv.FfmpegFrameSink;
import dev.framecode.javacv.FfmpegFrameSource;
import dev.framecode.javacv.FfmpegSinkOptions;
import dev.framecode.javacv.FfmpegSourceOptions;
import dev.framecode.onnx.OnnxDetector;
import dev.framecode.video.VideoCode;
import dev.framecode.video.VideoReport;
import dev.framecode.video.VideoScanner;
import dev.framecode.zxing.ZxingDecoder;
import java.nio.file.Path;

/**
 * Scans a video and writes a copy with each code outlined and labelled: H.264 in yuv420p with the
 * index at the front, so it plays in a browser. The copy has every frame of the input, at its size
 * and frame rate.
 *
 * <pre>examples/run AnnotateVideo samples/codes.mp4 annotated.mp4</pre>
 */
public final class AnnotateVideo {
  private AnnotateVideo() {}

  /**
   * Runs the example.
   *
   * @param args the video to scan, then the file to write the annotated copy to
   */
  public static void main(String[] args) {
    Path video = Path.of(args[0]);
    Path annotated = Path.of(args[1]);
    // The annotator draws in colour, so the source decodes to BGR rather than to gray.
    FfmpegSourceOptions colour =
        FfmpegSourceOptions.builder().pixelFormat(PixelFormat.BGR24).build();
    try (FfmpegFrameSource source = FfmpegFrameSource.open(video, colour);
        FfmpegFrameSink sink =
            FfmpegFrameSink.open(annotated, FfmpegSinkOptions.matching(source.info()));
        Decoder decoder = new ZxingDecoder();
        Detector detector = OnnxDetector.withDefaultModel()) {
      VideoReport report =
          VideoScanner.builder(source, decoder)
              .detector(detector)
              .sink(sink)
              .annotator(new AwtAnnotator())
              .build()
              .scan();
      for (VideoCode code : report.barcodes()) {
        System.out.printf(
            "%s %s from %.2f s to %.2f s%n",
            code.format(), code.text(), code.firstSeenSeconds(), code.lastSeenSeconds());
      }
      System.out.printf("wrote %d frames to %s%n", sink.framesWritten(), annotated);
    }
  }
}
