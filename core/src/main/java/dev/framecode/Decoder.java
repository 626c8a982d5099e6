package dev.framecode;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the payloads of the barcodes in a frame, or in one region of it.
 *
 * <p>Results are always in the coordinates of the whole frame. "Nothing found" is an empty list,
 * never an exception. Implementations are safe to call from several threads at once unless their
 * Javadoc says otherwise.
 */
public interface Decoder extends AutoCloseable {

  /**
   * {@return every barcode this decoder can read anywhere in {@code frame}}
   *
   * @param frame the frame to read; it is not changed
   */
  List<Barcode> decode(Frame frame);

  /**
   * {@return the barcodes read inside {@code region} of {@code frame}} The default crops the region
   * with a margin of a quarter of its shorter side, so the code keeps a quiet zone, and decodes the
   * crop; implementations may do better.
   *
   * @param frame the whole frame
   * @param region where a detector found a code, in frame pixels
   */
  default List<Barcode> decode(Frame frame, Detection region) {
    Rect box = region.box();
    Rect padded = box.expand(Math.min(box.width(), box.height()) / 4 + 4);
    Rect inside = padded.intersect(new Rect(0, 0, frame.width(), frame.height()));
    int x = (int) Math.floor(inside.x());
    int y = (int) Math.floor(inside.y());
    int w = (int) Math.ceil(inside.maxX()) - x;
    int h = (int) Math.ceil(inside.maxY()) - y;
    if (w < 1 || h < 1) {
      return List.of();
    }
    List<Barcode> found = new ArrayList<>();
    for (Barcode barcode : decode(frame.crop(x, y, w, h))) {
      found.add(barcode.translate(x, y));
    }
    return found;
  }

  /**
   * Returns the barcodes read inside {@code region}, knowing that {@code failedAttempts} earlier
   * attempts on the same code, in earlier frames of a video, read nothing. A decoder that spends a
   * bounded effort per call may use it to try what it has not tried yet, so that effort adds up
   * over frames instead of repeating; the default ignores it.
   *
   * @param frame the frame
   * @param region where to look, in frame pixels
   * @param failedAttempts how many earlier attempts on this code failed, 0 or more
   * @return the barcodes read, in frame coordinates; empty when none
   */
  default List<Barcode> decode(Frame frame, Detection region, int failedAttempts) {
    return decode(frame, region);
  }

  /** Releases what this decoder holds. The default does nothing. */
  @Override
  default void close() {}
}
