package dev.framecode.awt;

import dev.framecode.Annotation;
import dev.framecode.Annotator;
import dev.framecode.Frame;
import dev.framecode.PixelFormat;
import dev.framecode.Point;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.List;

/**
 * Draws each annotation's outline in green and its label on a dark band above it, with Java 2D.
 * Works on gray, BGR and RGB frames; the result is gray for a gray frame and BGR otherwise, with
 * the input's index and timestamp. The frame given is not changed. Thread-safe, and runs without a
 * display.
 *
 * <pre>{@code
 * VideoScanner.builder(source, decoder).sink(sink).annotator(new AwtAnnotator()).build().scan();
 * }</pre>
 */
public final class AwtAnnotator implements Annotator {

  private static final Color OUTLINE = new Color(0, 230, 0);
  private static final Color LABEL_BACK = new Color(0, 0, 0, 170);

  /** Creates an annotator; it holds no state, so one serves any number of videos. */
  public AwtAnnotator() {}

  @Override
  public Frame draw(Frame frame, List<Annotation> annotations) {
    boolean gray = frame.format() == PixelFormat.GRAY8;
    int type = gray ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_3BYTE_BGR;
    BufferedImage image = new BufferedImage(frame.width(), frame.height(), type);
    byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    byte[] source = frame.format() == PixelFormat.RGB24 ? toBgr(frame) : frame.toPackedBytes();
    System.arraycopy(source, 0, pixels, 0, pixels.length);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      int size = Math.max(12, frame.height() / 45);
      g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, size));
      g.setStroke(new BasicStroke(Math.max(2f, frame.height() / 360f)));
      for (Annotation annotation : annotations) {
        draw(g, annotation);
      }
    } finally {
      g.dispose();
    }
    PixelFormat format = gray ? PixelFormat.GRAY8 : PixelFormat.BGR24;
    return Frame.wrap(pixels, frame.width(), frame.height(), format)
        .at(frame.index(), frame.timestampMicros());
  }

  private static void draw(Graphics2D g, Annotation annotation) {
    Polygon outline = new Polygon();
    for (Point p : annotation.outline().points()) {
      outline.addPoint((int) Math.round(p.x()), (int) Math.round(p.y()));
    }
    g.setColor(OUTLINE);
    g.drawPolygon(outline);
    if (annotation.label().isEmpty()) {
      return;
    }
    FontMetrics metrics = g.getFontMetrics();
    int x = outline.getBounds().x;
    int y = Math.max(metrics.getAscent() + 2, outline.getBounds().y - 4);
    g.setColor(LABEL_BACK);
    g.fillRect(
        x - 2,
        y - metrics.getAscent() - 2,
        metrics.stringWidth(annotation.label()) + 4,
        metrics.getHeight() + 2);
    g.setColor(Color.WHITE);
    g.drawString(annotation.label(), x, y);
  }

  private static byte[] toBgr(Frame frame) {
    byte[] rgb = frame.toPackedBytes();
    for (int i = 0; i < rgb.length; i += 3) {
      byte r = rgb[i];
      rgb[i] = rgb[i + 2];
      rgb[i + 2] = r;
    }
    return rgb;
  }
}
