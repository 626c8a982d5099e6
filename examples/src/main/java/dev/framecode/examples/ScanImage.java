package dev.framecode.examples;

import dev.framecode.Barcode;
import dev.framecode.Decoder;
import dev.framecode.Frame;
import dev.framecode.PixelFormat;
import dev.framecode.Scanner;
import dev.framecode.zxing.ZxingDecoder;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.File;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Reads the barcodes in one image file.
 *
 * <pre>examples/run ScanImage samples/codes.png</pre>
 */
public final class ScanImage {
  private ScanImage() {}

  /**
   * Runs the example.
   *
   * @param args the image to scan
   * @throws IOException if the image cannot be read
   */
  public static void main(String[] args) throws IOException {
    Frame frame = readFrame(new File(args[0]));
    try (Decoder decoder = new ZxingDecoder()) {
      List<Barcode> barcodes = Scanner.builder(decoder).build().scan(frame);
      for (Barcode barcode : barcodes) {
        System.out.println(barcode.format() + " " + barcode.text());
      }
    }
  }

  /** Returns the image in {@code file} as a BGR frame. */
  static Frame readFrame(File file) throws IOException {
    BufferedImage image = ImageIO.read(file);
    if (image == null) {
      throw new IOException(file + " is not an image ImageIO can read");
    }
    // Draw it into a BGR image, whose raster is the byte layout a BGR24 frame expects.
    BufferedImage bgr =
        new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
    bgr.getGraphics().drawImage(image, 0, 0, null);
    byte[] pixels = ((DataBufferByte) bgr.getRaster().getDataBuffer()).getData();
    return Frame.wrap(pixels, bgr.getWidth(), bgr.getHeight(), PixelFormat.BGR24);
  }
}
