package dev.framecode.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.framecode.Point;
import dev.framecode.SourceInfo;
import dev.framecode.video.VideoCode;
import dev.framecode.video.VideoReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON that {@code framecode scan VIDEO --json} and the video scan job write. Schema {@value
 * #SCHEMA}:
 *
 * <pre>
 * {
 *   "schema": "framecode.video-scan/1",
 *   "source": {
 *     "path": "clip.mp4",                  // as given
 *     "width": 1920, "height": 1080,       // frame size in pixels, upright
 *     "frameRate": 30.0,                   // nominal, 0 when unknown
 *     "frameCount": 720                    // -1 when unknown
 *   },
 *   "barcodes": [                          // each unique payload once, by first sighting
 *     {
 *       "text": "...",                     // decoded payload
 *       "format": "QR_CODE",               // ZXing BarcodeFormat name
 *       "firstSeen": 1.24,                 // seconds, presentation time of the first sighting
 *       "lastSeen": 7.96,                  // seconds, of the last sighting
 *       "frames": 170,                     // scanned frames that showed it
 *       "instances": 1,                    // most copies visible at once
 *       "best": {                          // the frame where it was read largest
 *         "frame": 96,                     // frame index in the video, from 0
 *         "corners": [[x, y], ...]         // four corners in frame pixels
 *       }
 *     }
 *   ],
 *   "totals": {
 *     "codes": 5,                          // entries in "barcodes"
 *     "framesScanned": 720,
 *     "fullFrameDecodes": 180,             // frames decoded whole
 *     "regionDecodes": 410,                // track regions decoded
 *     "tracks": 9                          // tracks started, confirmed or not
 *   },
 *   "timing": { "seconds": 6.2, "framesPerSecond": 116.1 }
 * }
 * </pre>
 *
 * <p>Fields are only ever added within a schema version; a change that breaks readers bumps it.
 */
record VideoScanReport(
    String schema, Source source, List<Code> barcodes, Totals totals, Timing timing) {

  static final String SCHEMA = "framecode.video-scan/1";

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Source(String path, int width, int height, double frameRate, long frameCount) {}

  record Code(
      String text,
      String format,
      double firstSeen,
      double lastSeen,
      long frames,
      int instances,
      Best best) {}

  record Best(long frame, List<double[]> corners) {}

  record Totals(
      int codes, long framesScanned, long fullFrameDecodes, long regionDecodes, int tracks) {}

  record Timing(double seconds, double framesPerSecond) {}

  /** Returns the report of {@code report}, a scan of the video at {@code path}. */
  static VideoScanReport of(String path, VideoReport report) {
    SourceInfo info = report.source();
    List<Code> codes = new ArrayList<>();
    for (VideoCode code : report.barcodes()) {
      codes.add(code(code));
    }
    return new VideoScanReport(
        SCHEMA,
        new Source(path, info.width(), info.height(), info.frameRate(), info.frameCount()),
        codes,
        new Totals(
            codes.size(),
            report.framesScanned(),
            report.fullFrameDecodes(),
            report.regionDecodes(),
            report.tracks()),
        new Timing(round(report.elapsedNanos() / 1e9, 1000), round(report.framesPerSecond(), 10)));
  }

  private static Code code(VideoCode code) {
    List<double[]> corners = new ArrayList<>();
    for (Point p : code.bestOutline().points()) {
      corners.add(new double[] {round(p.x(), 10), round(p.y(), 10)});
    }
    return new Code(
        code.text(),
        code.format().name(),
        round(code.firstSeenSeconds(), 1000),
        round(code.lastSeenSeconds(), 1000),
        code.frames(),
        code.instances(),
        new Best(code.bestFrameIndex(), corners));
  }

  private static double round(double v, double scale) {
    return Math.round(v * scale) / scale;
  }

  /** Returns the report as indented JSON. */
  String toJson() throws IOException {
    return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(this);
  }

  /** Writes the report to {@code target}, or to {@code stdout} when the target is {@code -}. */
  void write(Path target, PrintWriter stdout) throws IOException {
    if (target.toString().equals("-")) {
      stdout.println(toJson());
      stdout.flush();
    } else {
      Files.writeString(target, toJson() + System.lineSeparator());
    }
  }
}
