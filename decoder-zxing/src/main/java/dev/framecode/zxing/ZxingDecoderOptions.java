package dev.framecode.zxing;

import dev.framecode.BarcodeFormat;
import java.util.EnumSet;
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

  private ZxingDecoderOptions(Builder builder) {
    this.formats = Set.copyOf(builder.formats);
    this.tryHarder = builder.tryHarder;
    this.alsoInverted = builder.alsoInverted;
    this.multiple = builder.multiple;
  }

  /** Returns the default options. */
  public static ZxingDecoderOptions defaults() {
    return DEFAULTS;
  }

  /** Returns a builder that starts from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder that starts from these options. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.formats = EnumSet.copyOf(formats);
    builder.tryHarder = tryHarder;
    builder.alsoInverted = alsoInverted;
    builder.multiple = multiple;
    return builder;
  }

  /** Returns the formats to look for; never empty. */
  public Set<BarcodeFormat> formats() {
    return formats;
  }

  /** Returns whether ZXing spends more time for better accuracy (its TRY_HARDER hint). */
  public boolean tryHarder() {
    return tryHarder;
  }

  /** Returns whether light-on-dark codes are looked for too. */
  public boolean alsoInverted() {
    return alsoInverted;
  }

  /** Returns whether more than one code per frame is looked for. */
  public boolean multiple() {
    return multiple;
  }

  /** Collects options. Not thread-safe. */
  public static final class Builder {
    private EnumSet<BarcodeFormat> formats = EnumSet.allOf(BarcodeFormat.class);
    private boolean tryHarder = true;
    private boolean alsoInverted = true;
    private boolean multiple = true;

    private Builder() {}

    /**
     * Sets the formats to look for. Fewer formats are faster and misread less.
     *
     * @throws IllegalArgumentException if {@code formats} is empty
     */
    public Builder formats(Set<BarcodeFormat> formats) {
      Objects.requireNonNull(formats, "formats");
      if (formats.isEmpty()) {
        throw new IllegalArgumentException("formats must name at least one format");
      }
      this.formats = EnumSet.copyOf(formats);
      return this;
    }

    /** Sets whether ZXing tries harder; default true. */
    public Builder tryHarder(boolean tryHarder) {
      this.tryHarder = tryHarder;
      return this;
    }

    /** Sets whether to look for light-on-dark codes too; default true. */
    public Builder alsoInverted(boolean alsoInverted) {
      this.alsoInverted = alsoInverted;
      return this;
    }

    /** Sets whether to look for several codes per frame; default true. */
    public Builder multiple(boolean multiple) {
      this.multiple = multiple;
      return this;
    }

    /** Returns the options. */
    public ZxingDecoderOptions build() {
      return new ZxingDecoderOptions(this);
    }
  }
}
