package dev.framecode.cli;

import dev.framecode.video.ScanProgress;
import dev.framecode.video.VideoScanListener;
import java.io.PrintWriter;

/**
 * Draws one line of progress on a terminal, at most five times a second: a bar, frames, frames per
 * second, codes so far and time left.
 */
final class ProgressBar implements VideoScanListener {

  private static final int WIDTH = 24;
  private static final long REDRAW_NANOS = 200_000_000L;

  private final PrintWriter out;
  private long lastDrawn = -REDRAW_NANOS;
  private int drawnLength;

  ProgressBar(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void progress(ScanProgress progress) {
    if (progress.elapsedNanos() - lastDrawn < REDRAW_NANOS) {
      return;
    }
    lastDrawn = progress.elapsedNanos();
    String line = line(progress);
    out.print("\r" + line + " ".repeat(Math.max(0, drawnLength - line.length())));
    out.flush();
    drawnLength = line.length();
  }

  /** Wipes the line so that what follows starts clean. */
  void clear() {
    if (drawnLength > 0) {
      out.print("\r" + " ".repeat(drawnLength) + "\r");
      out.flush();
      drawnLength = 0;
    }
  }

  static String line(ScanProgress p) {
    double fraction = p.fraction();
    String frames =
        p.frameCount() > 0 ? p.framesDone() + "/" + p.frameCount() : String.valueOf(p.framesDone());
    String codes = p.codesConfirmed() + (p.codesConfirmed() == 1 ? " code" : " codes");
    String fps = String.format("%.1f fps", p.framesPerSecond());
    if (fraction < 0) {
      return frames + " frames  " + fps + "  " + codes;
    }
    int filled = (int) Math.round(fraction * WIDTH);
    String bar = "[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "]";
    return bar + " " + frames + " frames  " + fps + "  " + codes + "  " + timeLeft(p) + " left";
  }

  private static String timeLeft(ScanProgress p) {
    double fps = p.framesPerSecond();
    if (fps <= 0) {
      return "--:--";
    }
    long seconds = Math.round(Math.max(0, p.frameCount() - p.framesDone()) / fps);
    return String.format("%d:%02d", seconds / 60, seconds % 60);
  }
}
