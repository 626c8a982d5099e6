package dev.framecode.benchmarks;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.MultiFormatWriter;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import dev.framecode.Frame;
import dev.framecode.PixelFormat;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Map;
import java.util.Random;

/**
 * Renders the frames the benchmarks measure: a cluttered background of text, stripes and grids,
 * with or without several codes of different kinds and sizes. The same seed gives the same frame.
 */
public final class Scenes {
  private Scenes() {}

  /** Frame sizes the benchmarks run at. */
  public enum Resolution {
    HD(1280, 720),
    FULL_HD(1920, 1080),
    UHD(3840, 2160);

    final int width;
    final int height;

    Resolution(int width, int height) {
      this.width = width;
      this.height = height;
    }

    /** Returns the resolution named like {@code 720p}, {@code 1080p} or {@code 2160p}. */
    public static Resolution named(String name) {
      return switch (name) {
        case "720p" -> HD;
        case "1080p" -> FULL_HD;
        case "2160p" -> UHD;
        default -> throw new IllegalArgumentException("unknown resolution " + name);
      };
    }
  }

  /** The texts of the codes in a scene, in drawing order. */
  public static final String[] TEXTS = {
    "https://framecode.dev/bench/qr", "4006381333931", "FRAMECODE-BENCH-128", "framecode DM"
  };

  /**
   * Where each code of {@link #TEXTS} lies in a still scene, and how it drifts in a clip: top left
   * as fractions of the frame, module width and bar height in pixels at 1080p, and velocity in
   * pixels per frame at 1080p.
   */
  private record Placement(
      BarcodeFormat format,
      String text,
      double fx,
      double fy,
      double module,
      double height,
      double vx,
      double vy) {}

  private static final Placement[] PLACEMENTS = {
    new Placement(BarcodeFormat.QR_CODE, TEXTS[0], 0.08, 0.12, 8, 8, 2, 1),
    new Placement(BarcodeFormat.EAN_13, TEXTS[1], 0.45, 0.15, 4, 160, -1, 1.5),
    new Placement(BarcodeFormat.CODE_128, TEXTS[2], 0.5, 0.62, 2.5, 90, -2, -0.5),
    new Placement(BarcodeFormat.DATA_MATRIX, TEXTS[3], 0.15, 0.7, 6, 6, 1.5, -1)
  };

  /** Returns a BGR frame of {@code resolution}, with the codes of {@link #TEXTS} or none. */
  public static Frame render(Resolution resolution, boolean withCodes) {
    return render(resolution, withCodes ? 0 : -1);
  }

  /**
   * Returns a BGR frame of {@code resolution} in which the codes of {@link #TEXTS} have drifted for
   * {@code frames} frames from where a still scene shows them, each in its own direction, over the
   * same background; no codes at all when {@code frames} is negative.
   */
  public static Frame render(Resolution resolution, int frames) {
    BufferedImage image =
        new BufferedImage(resolution.width, resolution.height, BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    drawClutter(g, resolution, new Random(42));
    if (frames >= 0) {
      double unit = resolution.height / 1080.0;
      for (Placement p : PLACEMENTS) {
        double x = p.fx() * resolution.width + p.vx() * unit * frames;
        double y = p.fy() * resolution.height + p.vy() * unit * frames;
        draw(g, encode(p.format(), p.text()), x, y, p.module() * unit, p.height() * unit);
      }
    }
    g.dispose();
    byte[] bgr = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    return Frame.wrap(bgr, resolution.width, resolution.height, PixelFormat.BGR24);
  }

  private static void drawClutter(Graphics2D g, Resolution resolution, Random random) {
    int w = resolution.width;
    int h = resolution.height;
    g.setColor(new Color(214, 208, 196));
    g.fillRect(0, 0, w, h);
    for (int i = 0; i < 40; i++) {
      g.setColor(new Color(random.nextInt(120) + 100, random.nextInt(120) + 100, 150));
      g.fillRect(
          random.nextInt(w),
          random.nextInt(h),
          random.nextInt(w / 6) + 20,
          random.nextInt(h / 6) + 20);
    }
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(12, h / 50)));
    for (int i = 0; i < 60; i++) {
      g.setColor(new Color(random.nextInt(80), random.nextInt(80), random.nextInt(80)));
      g.drawString(
          "Lot 4711 best before 2027-01-31 net 500 g", random.nextInt(w), random.nextInt(h));
    }
    // Barcode-like distractors: stripes and grids.
    for (int i = 0; i < 12; i++) {
      int x = random.nextInt(w);
      int y = random.nextInt(h);
      g.setColor(Color.DARK_GRAY);
      for (int s = 0; s < 20; s++) {
        g.fillRect(x + s * 7, y, 3, h / 20);
      }
      for (int s = 0; s < 8; s++) {
        g.drawLine(x, y + h / 10 + s * 6, x + 120, y + h / 10 + s * 6);
      }
    }
  }

  private static BitMatrix encode(BarcodeFormat format, String text) {
    try {
      return new MultiFormatWriter().encode(text, format, 0, 0, Map.of(EncodeHintType.MARGIN, 0));
    } catch (WriterException e) {
      throw new IllegalStateException("cannot write " + format + " " + text, e);
    }
  }

  // Draws black modules on a white quiet zone, the symbol's top left at (left, top) in frame
  // pixels.
  private static void draw(
      Graphics2D g, BitMatrix m, double left, double top, double moduleWidth, double height) {
    int x0 = (int) left;
    int y0 = (int) top;
    boolean linear = m.getHeight() == 1;
    double moduleHeight = linear ? height : moduleWidth;
    int quiet = (int) (10 * moduleWidth);
    g.setColor(Color.WHITE);
    g.fillRect(
        x0 - quiet,
        y0 - quiet,
        (int) (m.getWidth() * moduleWidth) + 2 * quiet,
        (int) (m.getHeight() * moduleHeight) + 2 * quiet);
    g.setColor(Color.BLACK);
    for (int y = 0; y < m.getHeight(); y++) {
      for (int x = 0; x < m.getWidth(); x++) {
        if (m.get(x, y)) {
          g.fillRect(
              x0 + (int) Math.round(x * moduleWidth),
              y0 + (int) Math.round(y * moduleHeight),
              (int) Math.ceil(moduleWidth),
              (int) Math.ceil(moduleHeight));
        }
      }
    }
  }
}
