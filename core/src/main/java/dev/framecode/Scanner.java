package dev.framecode;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads the barcodes in one frame: the detector finds regions, the decoder reads each one, and,
 * where the detector found nothing readable, the decoder may read the whole frame instead. With no
 * detector the decoder reads the whole frame.
 *
 * <p>A scanner owns neither component: close them yourself. It is as thread-safe as they are.
 *
 * <pre>{@code
 * try (Decoder decoder = new ZxingDecoder()) {
 *   Scanner scanner = Scanner.builder(decoder).build();
 *   List<Barcode> barcodes = scanner.scan(frame);
 * }
 * }</pre>
 */
public final class Scanner {

  private final Decoder decoder;
  private final Detector detector;
  private final boolean fullFrameFallback;

  private Scanner(Builder builder) {
    this.decoder = builder.decoder;
    this.detector = builder.detector;
    this.fullFrameFallback = builder.fullFrameFallback;
  }

  /**
   * {@return a builder for a scanner that reads with {@code decoder}}
   *
   * @param decoder the decoder; the scanner does not close it
   */
  public static Builder builder(Decoder decoder) {
    return new Builder(decoder);
  }

  /**
   * {@return the barcodes in {@code frame}, in frame pixels, each physical code once; an empty list
   * when there are none}
   *
   * @param frame the frame to scan; it is not changed
   */
  public List<Barcode> scan(Frame frame) {
    Objects.requireNonNull(frame, "frame");
    if (detector == null) {
      return decoder.decode(frame);
    }
    List<Barcode> found = new ArrayList<>();
    for (Detection region : detector.detect(frame)) {
      addDistinct(found, decoder.decode(frame, region));
    }
    if (found.isEmpty() && fullFrameFallback) {
      addDistinct(found, decoder.decode(frame));
    }
    return List.copyOf(found);
  }

  /** {@return whether this scanner runs a detector before decoding} */
  public boolean hasDetector() {
    return detector != null;
  }

  // Overlapping regions can read the same code twice: keep the first reading of each code.
  private static void addDistinct(List<Barcode> found, List<Barcode> candidates) {
    for (Barcode candidate : candidates) {
      if (found.stream().noneMatch(known -> known.isSameCodeAs(candidate))) {
        found.add(candidate);
      }
    }
  }

  /** Collects a scanner's parts. Not thread-safe. */
  public static final class Builder {
    private final Decoder decoder;
    private Detector detector;
    private boolean fullFrameFallback = true;

    private Builder(Decoder decoder) {
      this.decoder = Objects.requireNonNull(decoder, "decoder");
    }

    /**
     * Sets the detector that finds regions to decode; {@code null}, the default, means none.
     *
     * @param detector the detector, or null; the scanner does not close it
     * @return this builder
     */
    public Builder detector(Detector detector) {
      this.detector = detector;
      return this;
    }

    /**
     * Sets whether to decode the whole frame when the detector's regions yield nothing. On by
     * default; has no effect without a detector.
     *
     * @param fullFrameFallback false to read only inside the detector's regions
     * @return this builder
     */
    public Builder fullFrameFallback(boolean fullFrameFallback) {
      this.fullFrameFallback = fullFrameFallback;
      return this;
    }

    /** {@return the scanner} */
    public Scanner build() {
      return new Scanner(this);
    }
  }
}
