package dev.framecode.zxing;

import dev.framecode.BarcodeFormat;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How a {@link ZxingDecoder} searches. Immutable; the defaults read every format ZXing knows,
 * several codes per frame, dark-on-light and light-on-dark.
 */
public final class ZxingDecoderOptions {

  private static final ZxingDecoderOptions DEFAULTS = builder().build();

  private final Set<BarcodeFormat> formats;
  private final boolean tryHarder;
  private final boolean alsoInverted;
  private final boolean multiple;
  private final List<Double> rotations;
  private final Duration timeBudget;
  private final int regionSteps;

  private ZxingDecoderOptions(Builder builder) {
    this.formats = Set.copyOf(builder.formats);
    this.tryHarder = builder.tryHarder;
    this.alsoInverted = builder.alsoInverted;
    this.multiple = builder.multiple;
    this.rotations = List.copyOf(builder.rotations);
    this.timeBudget = builder.timeBudget;
    this.regionSteps = builder.regionSteps;
  }

  /** {@return the default options} */
  public static ZxingDecoderOptions defaults() {
    return DEFAULTS;
  }

  /** {@return a builder that starts from the defaults} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder that starts from these options} */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.formats = EnumSet.copyOf(formats);
    builder.tryHarder = tryHarder;
    builder.alsoInverted = alsoInverted;
    builder.multiple = multiple;
    builder.rotations = rotations;
    builder.timeBudget = timeBudget;
    builder.regionSteps = regionSteps;
    return builder;
  }

  /** {@return the formats to look for: never empty, and only formats ZXing reads} */
  public Set<BarcodeFormat> formats() {
    return formats;
  }

  /** {@return whether ZXing spends more time for better accuracy (its TRY_HARDER hint)} */
  public boolean tryHarder() {
    return tryHarder;
  }

  /** {@return whether light-on-dark codes are looked for too} */
  public boolean alsoInverted() {
    return alsoInverted;
  }

  /** {@return whether more than one code per frame is looked for} */
  public boolean multiple() {
    return multiple;
  }

  /**
   * {@return the angles in degrees, clockwise, by which the image is turned as a last resort, so
   * that oblique linear codes line up with ZXing's scan lines}
   */
  public List<Double> rotations() {
    return rotations;
  }

  /**
   * {@return how long one call may spend on one frame or region before it stops trying further
   * steps} A step already started finishes, so a call can run over by one step.
   */
  public Duration timeBudget() {
    return timeBudget;
  }

  /**
   * {@return the most steps of the decoding ladder one read of a region for every format tries, or
   * 0 for as many as the time budget allows} With a bound, each read of a code that failed before
   * starts where the last one stopped (see {@link ZxingDecoder#decode(dev.framecode.Frame,
   * dev.framecode.Detection, int)}), and every fourth read of a linear code reads the strip across
   * it instead: in a video the effort is spread over frames. A region labelled with one format is
   * read within the time budget alone, since reading for one format is cheap.
   */
  public int regionSteps() {
    return regionSteps;
  }

  /** Collects options. Not thread-safe. */
  public static final class Builder {
    private EnumSet<BarcodeFormat> formats = EnumSet.copyOf(ZxingFormats.SUPPORTED);
    private boolean tryHarder = true;
    private boolean alsoInverted = true;
    private boolean multiple = true;
    private List<Double> rotations = List.of(30.0, -30.0);
    private Duration timeBudget = Duration.ofMillis(600);
    private int regionSteps;

    private Builder() {}

    /**
     * Sets the formats to look for. Fewer formats are faster and misread less.
     *
     * @param formats the formats, at least one of which ZXing reads
     * @return this builder
     * @throws IllegalArgumentException if {@code formats} names no format that ZXing reads
     */
    public Builder formats(Set<BarcodeFormat> formats) {
      Objects.requireNonNull(formats, "formats");
      EnumSet<BarcodeFormat> readable = EnumSet.noneOf(BarcodeFormat.class);
      readable.addAll(formats);
      readable.retainAll(ZxingFormats.SUPPORTED);
      if (readable.isEmpty()) {
        throw new IllegalArgumentException(
            "formats must name at least one format that ZXing reads, got " + formats);
      }
      this.formats = readable;
      return this;
    }

    /**
     * Sets whether ZXing tries harder; default true.
     *
     * @param tryHarder false for a quicker, less thorough search
     * @return this builder
     */
    public Builder tryHarder(boolean tryHarder) {
      this.tryHarder = tryHarder;
      return this;
    }

    /**
     * Sets whether to look for light-on-dark codes too; default true.
     *
     * @param alsoInverted false to look for dark-on-light codes only
     * @return this builder
     */
    public Builder alsoInverted(boolean alsoInverted) {
      this.alsoInverted = alsoInverted;
      return this;
    }

    /**
     * Sets whether to look for several codes per frame; default true.
     *
     * @param multiple false to stop at the first code
     * @return this builder
     */
    public Builder multiple(boolean multiple) {
      this.multiple = multiple;
      return this;
    }

    /**
     * Sets the last-resort turns in degrees, clockwise; empty turns nothing.
     *
     * @param rotations angles in degrees; empty for none
     * @return this builder
     */
    public Builder rotations(List<Double> rotations) {
      for (Double angle : rotations) {
        if (angle == null || !Double.isFinite(angle)) {
          throw new IllegalArgumentException("rotations must be finite angles, got " + rotations);
        }
      }
      this.rotations = List.copyOf(rotations);
      return this;
    }

    /**
     * Sets the time one call may spend on a frame or region; default 600 ms.
     *
     * @param timeBudget positive
     * @return this builder
     * @throws IllegalArgumentException if {@code timeBudget} is not positive
     */
    public Builder timeBudget(Duration timeBudget) {
      if (timeBudget.isNegative() || timeBudget.isZero()) {
        throw new IllegalArgumentException("timeBudget must be positive, got " + timeBudget);
      }
      this.timeBudget = timeBudget;
      return this;
    }

    /**
     * Sets the most ladder steps one read of a region tries; default 0, as many as the time budget
     * allows.
     *
     * @param regionSteps 0 for no bound, else at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code regionSteps} is negative
     */
    public Builder regionSteps(int regionSteps) {
      if (regionSteps < 0) {
        throw new IllegalArgumentException("regionSteps must be >= 0, got " + regionSteps);
      }
      this.regionSteps = regionSteps;
      return this;
    }

    /** {@return the options} */
    public ZxingDecoderOptions build() {
      return new ZxingDecoderOptions(this);
    }
  }
}
