package dev.framecode.javacv;

import dev.framecode.Frame;
import java.lang.ref.WeakReference;
import java.util.ArrayDeque;
import java.util.Iterator;

/**
 * Keeps the pixel arrays of frames handed back through {@link
 * dev.framecode.FrameSource#recycle(Frame)} for the next frames to reuse. A decoded HD frame is
 * megabytes; reusing a few arrays spares the collector a steady stream of them. Only the most
 * recent frames lent out can come back, and they are held weakly, so a caller that never hands
 * frames back costs nothing but a few small records. Thread-safe.
 */
final class PixelRecycler {

  /** How many of the latest frames lent out can be handed back. */
  private static final int LENT_WINDOW = 32;

  /** How many arrays wait for reuse at most. */
  private static final int MAX_SPARE = 8;

  private record Lent(WeakReference<Frame> frame, WeakReference<byte[]> pixels) {}

  private final ArrayDeque<Lent> lent = new ArrayDeque<>();
  private final ArrayDeque<byte[]> spare = new ArrayDeque<>();

  /** Returns an array of exactly {@code length} bytes handed back earlier, or null if none. */
  synchronized byte[] take(int length) {
    while (!spare.isEmpty()) {
      byte[] pixels = spare.pop();
      if (pixels.length == length) {
        return pixels;
      }
    }
    return null;
  }

  /** Notes that {@code frame}, whose pixels are all of {@code pixels}, was lent out. */
  synchronized void lend(Frame frame, byte[] pixels) {
    lent.addLast(new Lent(new WeakReference<>(frame), new WeakReference<>(pixels)));
    if (lent.size() > LENT_WINDOW) {
      lent.removeFirst();
    }
  }

  /** Takes back {@code frame}'s pixels if it is one of the latest frames lent out. */
  synchronized void handBack(Frame frame) {
    for (Iterator<Lent> it = lent.iterator(); it.hasNext(); ) {
      Lent l = it.next();
      if (l.frame().get() == frame) {
        it.remove();
        byte[] pixels = l.pixels().get();
        if (pixels != null && spare.size() < MAX_SPARE) {
          spare.push(pixels);
        }
        return;
      }
    }
  }
}
