package dev.framecode.onnx;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.MultiFormatWriter;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import dev.framecode.Frame;
import dev.framecode.PixelFormat;
import dev.framecode.Rect;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Renders cluttered scenes with barcodes drawn by ZXing's writers, and knows where each code is.
 */
final class RenderedScenes {

  /** A rendered scene and the frame-pixel box around each code in it. */
  record Scene(Frame frame, List<Rect> codes) {}

  private static final BarcodeFormat[] FORMATS = {
    BarcodeFormat.QR_CODE,
    BarcodeFormat.EAN_13,
    BarcodeFormat.CODE_128,
    BarcodeFormat.DATA_MATRIX,
    BarcodeFormat.PDF_417,
    BarcodeFormat.AZTEC,
    BarcodeFormat.CODE_39,
    BarcodeFormat.UPC_A
  };

  private static final Map<BarcodeFormat, String> TEXTS =
      Map.of(
          BarcodeFormat.QR_CODE, "https://framecode.dev/scene/42",
          BarcodeFormat.EAN_13, "5901234123457",
          BarcodeFormat.CODE_128, "FRAMECODE-128-SCENE",
          BarcodeFormat.DATA_MATRIX, "framecode data matrix",
          BarcodeFormat.PDF_417, "framecode PDF417 in a scene",
          BarcodeFormat.AZTEC, "framecode aztec",
          BarcodeFormat.CODE_39, "FRAMECODE39",
          BarcodeFormat.UPC_A, "036000291452");

  private RenderedScenes() {}

  /**
   * Returns a {@code width x height} RGB scene: a lit background, shapes, text and stripes, and
   * {@code codes} barcodes of assorted formats, sizes and small rotations that do not overlap.
   */
  static Scene render(long seed, int width, int height, int codes) {
    Random random = new Random(seed);
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    background(g, random, width, height);
    List<Rect> boxes = new ArrayList<>();
    for (int i = 0, tries = 0; boxes.size() < codes && tries < 200; tries++) {
      BarcodeFormat format = FORMATS[(int) ((seed + i) % FORMATS.length)];
      Rect box = placeCode(g, random, format, boxes, width, height);
      if (box != null) {
        boxes.add(box);
        i++;
      }
    }
    g.dispose();
    return new Scene(toFrame(image), boxes);
  }

  private static void background(Graphics2D g, Random random, int width, int height) {
    g.setPaint(
        new GradientPaint(0, 0, grey(random, 90, 200), width, height, grey(random, 60, 230)));
    g.fillRect(0, 0, width, height);
    for (int i = 0; i < 25; i++) {
      g.setColor(colour(random));
      int x = random.nextInt(width);
      int y = random.nextInt(height);
      switch (random.nextInt(4)) {
        case 0 -> g.fillRect(x, y, 20 + random.nextInt(200), 20 + random.nextInt(120));
        case 1 -> {
          g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12 + random.nextInt(30)));
          g.drawString("Lorem ipsum 0123 dolor", x, y);
        }
        case 2 -> stripes(g, random, x, y);
        default -> {
          g.setStroke(new BasicStroke(1 + random.nextInt(4)));
          g.drawLine(x, y, random.nextInt(width), random.nextInt(height));
        }
      }
    }
  }

  /** Draws regular stripes: the distractor a barcode detector most easily mistakes. */
  private static void stripes(Graphics2D g, Random random, int x, int y) {
    int pitch = 4 + random.nextInt(8);
    int count = 5 + random.nextInt(10);
    for (int i = 0; i < count; i++) {
      g.fillRect(x + i * pitch, y, pitch / 2, 60 + random.nextInt(60));
    }
  }

  private static Rect placeCode(
      Graphics2D g, Random random, BarcodeFormat format, List<Rect> taken, int width, int height) {
    BitMatrix matrix = encode(format);
    boolean linear = matrix.getHeight() == 1;
    double module = Math.max(2, width / 400.0 * (1 + random.nextDouble()));
    if (linear) {
      module = Math.max(2, module * 0.8);
    } else if (format == BarcodeFormat.PDF_417) {
      module = Math.max(2, module * 0.8);
    }
    double w = matrix.getWidth() * module;
    double h =
        linear ? w * 0.4 : matrix.getHeight() * module * (format == BarcodeFormat.PDF_417 ? 3 : 1);
    double angle = Math.toRadians(random.nextGaussian() * 8);
    double quiet = 10 * module;
    Rectangle2D label =
        new Rectangle2D.Double(-w / 2 - quiet, -h / 2 - quiet, w + 2 * quiet, h + 2 * quiet);
    double cx = label.getWidth() / 2 + random.nextDouble() * (width - label.getWidth());
    double cy = label.getHeight() / 2 + random.nextDouble() * (height - label.getHeight());
    AffineTransform at = new AffineTransform();
    at.translate(cx, cy);
    at.rotate(angle);
    Rect box =
        bounds(
            at.createTransformedShape(new Rectangle2D.Double(-w / 2, -h / 2, w, h)).getBounds2D());
    Rect labelBox = bounds(at.createTransformedShape(label).getBounds2D());
    if (labelBox.x() < 0
        || labelBox.y() < 0
        || labelBox.maxX() > width
        || labelBox.maxY() > height) {
      return null;
    }
    for (Rect t : taken) {
      if (t.expand(quiet).intersect(labelBox).area() > 0) {
        return null;
      }
    }
    AffineTransform saved = g.getTransform();
    g.transform(at);
    g.setColor(Color.WHITE);
    g.fill(label);
    g.setColor(Color.BLACK);
    double rowHeight = h / matrix.getHeight();
    for (int y = 0; y < matrix.getHeight(); y++) {
      for (int x = 0; x < matrix.getWidth(); x++) {
        if (matrix.get(x, y)) {
          g.fill(
              new Rectangle2D.Double(
                  -w / 2 + x * module, -h / 2 + y * rowHeight, module, rowHeight));
        }
      }
    }
    g.setTransform(saved);
    return box;
  }

  private static BitMatrix encode(BarcodeFormat format) {
    try {
      return new MultiFormatWriter()
          .encode(TEXTS.get(format), format, 0, 0, Map.of(EncodeHintType.MARGIN, 0));
    } catch (WriterException e) {
      throw new IllegalStateException("cannot render " + format, e);
    }
  }

  private static Rect bounds(Rectangle2D r) {
    return new Rect(r.getX(), r.getY(), r.getWidth(), r.getHeight());
  }

  private static Color grey(Random random, int lo, int hi) {
    int v = lo + random.nextInt(hi - lo);
    return new Color(v, v, v);
  }

  private static Color colour(Random random) {
    return new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256));
  }

  /** Returns the image as an RGB frame, copying its pixels. */
  static Frame toFrame(BufferedImage image) {
    BufferedImage bgr = image;
    if (image.getType() != BufferedImage.TYPE_3BYTE_BGR) {
      bgr = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
      Graphics2D g = bgr.createGraphics();
      g.drawImage(image, 0, 0, null);
      g.dispose();
    }
    byte[] pixels = ((java.awt.image.DataBufferByte) bgr.getRaster().getDataBuffer()).getData();
    return Frame.copyOf(pixels, bgr.getWidth(), bgr.getHeight(), PixelFormat.BGR24);
  }
}
