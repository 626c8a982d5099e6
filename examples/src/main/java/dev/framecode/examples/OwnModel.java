package dev.framecode.examples;

import dev.framecode.Barcode;
import dev.framecode.Decoder;
import dev.framecode.Detection;
import dev.framecode.Frame;
import dev.framecode.Rect;
import dev.framecode.Scanner;
import dev.framecode.onnx.OnnxDetector;
import dev.framecode.onnx.OnnxDetectorOptions;
import dev.framecode.onnx.OnnxModelInfo;
import dev.framecode.zxing.ZxingDecoder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Finds codes with a detector you trained yourself: an ultralytics YOLOv8 model exported with
 * {@code yolo export model=best.pt format=onnx}, read as it is. Prints what the model says about
 * itself, each region it finds, and the codes read inside those regions only.
 *
 * <pre>examples/run OwnModel best.onnx samples/codes.png</pre>
 */
public final class OwnModel {
  private OwnModel() {}

  /**
   * Runs the example.
   *
   * @param args the ONNX model, then the image to scan
   * @throws IOException if the image cannot be read
   */
  public static void main(String[] args) throws IOException {
    Path model = Path.of(args[0]);
    Frame frame = ScanImage.readFrame(new File(args[1]));
    OnnxDetectorOptions options = OnnxDetectorOptions.builder().scoreThreshold(0.4f).build();
    try (OnnxDetector detector = OnnxDetector.open(model, options);
        Decoder decoder = new ZxingDecoder()) {
      OnnxModelInfo info = detector.modelInfo();
      System.out.printf(
          "model %s: %dx%d input, classes %s%n",
          model.getFileName(), info.inputWidth(), info.inputHeight(), info.names());

      for (Detection detection : detector.detect(frame)) {
        Rect box = detection.box();
        System.out.printf(
            "region %s %.2f at %.0f,%.0f %.0fx%.0f%n",
            detection.label(), detection.score(), box.x(), box.y(), box.width(), box.height());
      }

      // Without the whole-frame fallback, every code below was read inside one of the regions.
      Scanner scanner =
          Scanner.builder(decoder).detector(detector).fullFrameFallback(false).build();
      for (Barcode barcode : scanner.scan(frame)) {
        System.out.println(barcode.format() + " " + barcode.text());
      }
    }
  }
}
