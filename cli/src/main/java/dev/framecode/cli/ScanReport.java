package dev.framecode.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.framecode.Barcode;
import dev.framecode.Point;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The JSON that {@code framecode scan --json} writes for still images. Schema {@value #SCHEMA}:
 *
 * <pre>
 * {
 *   "schema": "framecode.image-scan/1",
 *   "files": [
 *     {
 *       "path": "samples/x.png",           // as given on the command line
 *       "millis": 12.5,                    // time to read and scan the file
 *       "error": "...",                    // only when the file could not be read
 *       "barcodes": [
 *         {
 *           "text": "...",                 // decoded payload
 *           "format": "QR_CODE",           // ZXing BarcodeFormat name
 *           "rawBytes": "base64...",       // only when the symbology has raw bytes
 *           "corners": [[x, y], ...]       // four corners in image pixels
 *         }
 *       ]
 *     }
 *   ]
 * }
 * </pre>
 *
 * <p>Fields are only ever added within a schema version; a change that breaks readers bumps it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ScanReport(String schema, List<FileResult> files) {

  static final String SCHEMA = "framecode.image-scan/1";

  ScanReport(List<FileResult> files) {
    this(SCHEMA, files);
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record FileResult(String path, Double millis, String error, List<Code> barcodes) {

    static FileResult of(Path path, List<Barcode> barcodes, double millis) {
      List<Code> codes = new ArrayList<>();
      for (Barcode barcode : barcodes) {
        codes.add(Code.of(barcode));
      }
      return new FileResult(path.toString(), Math.round(millis * 100) / 100.0, null, codes);
    }

    static FileResult failed(Path path, String error) {
      return new FileResult(path.toString(), null, error, List.of());
    }
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Code(String text, String format, String rawBytes, List<double[]> corners) {

    static Code of(Barcode barcode) {
      byte[] raw = barcode.rawBytes();
      List<double[]> corners = new ArrayList<>();
      for (Point p : barcode.corners().points()) {
        corners.add(new double[] {round(p.x()), round(p.y())});
      }
      return new Code(
          barcode.text(),
          barcode.format().name(),
          raw.length == 0 ? null : Base64.getEncoder().encodeToString(raw),
          corners);
    }

    private static double round(double v) {
      return Math.round(v * 10) / 10.0;
    }
  }

  static void write(ScanReport report, Path target, PrintWriter stdout) throws IOException {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    if (target.toString().equals("-")) {
      stdout.println(mapper.writeValueAsString(report));
      stdout.flush();
    } else {
      Files.writeString(target, mapper.writeValueAsString(report) + System.lineSeparator());
    }
  }
}
