package dev.framecode.examples;

import dev.framecode.Barcode;
import dev.framecode.Decoder;
import dev.framecode.Detection;
import dev.framecode.Detector;
import dev.framecode.Frame;
import dev.framecode.Rect;
import dev.framecode.Scanner;
import dev.framecode.zxing.ZxingDecoder;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Plugs your own {@link Detector} and {@link Decoder} into the scanner: here, a camera that always
 * sees its labels in the right half of the picture, and a decoder that keeps only the payloads a
 * warehouse uses.
 *
 * <pre>examples/run CustomComponents samples/codes.png</pre>
 */
public final class CustomComponents {
  private CustomComponents() {}

  /** A detector that proposes the right half of every frame as the one region to read. */
  static final class RightHalfDetector implements Detector {
    @Override
    public List<Detection> detect(Frame frame) {
      Rect right = new Rect(frame.width() / 2.0, 0, frame.width() / 2.0, frame.height());
      return List.of(new Detection(right, 1f, 0, "label"));
    }
  }

  /** A decoder that passes on only the payloads matching a pattern. */
  static final class FilteringDecoder implements Decoder {
    private final Decoder inner;
    private final Pattern accepted;

    FilteringDecoder(Decoder inner, Pattern accepted) {
      this.inner = inner;
      this.accepted = accepted;
    }

    @Override
    public List<Barcode> decode(Frame frame) {
      return keep(inner.decode(frame));
    }

    @Override
    public List<Barcode> decode(Frame frame, Detection region) {
      return keep(inner.decode(frame, region));
    }

    private List<Barcode> keep(List<Barcode> barcodes) {
      return barcodes.stream().filter(b -> accepted.matcher(b.text()).matches()).toList();
    }

    @Override
    public void close() {
      inner.close();
    }
  }

  /**
   * Runs the example.
   *
   * @param args the image to scan
   * @throws IOException if the image cannot be read
   */
  public static void main(String[] args) throws IOException {
    Frame frame = ScanImage.readFrame(new File(args[0]));
    try (Decoder decoder = new FilteringDecoder(new ZxingDecoder(), Pattern.compile("[0-9]+"));
        Detector detector = new RightHalfDetector()) {
      Scanner scanner =
          Scanner.builder(decoder).detector(detector).fullFrameFallback(false).build();
      for (Barcode barcode : scanner.scan(frame)) {
        System.out.println(barcode.format() + " " + barcode.text());
      }
    }
  }
}
