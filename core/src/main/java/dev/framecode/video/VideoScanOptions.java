package dev.framecode.video;

import java.util.Objects;

/**
 * How a {@link VideoScanner} spends its effort. Immutable; the defaults serve a full scan of a
 * phone or screen video on a small machine.
 */
public final class VideoScanOptions {

  private final int fullFrameInterval;
  private final int detectInterval;
  private final int recheckInterval;
  private final int maxGapFrames;
  private final int reidentifyWithinFrames;
  private final Confirmation confirmation;
  private final int decodeThreads;
  private final int queueCapacity;

  private VideoScanOptions(Builder b) {
    this.fullFrameInterval = b.fullFrameInterval;
    this.detectInterval = b.detectInterval;
    this.recheckInterval = b.recheckInterval;
    this.maxGapFrames = b.maxGapFrames;
    this.reidentifyWithinFrames = b.reidentifyWithinFrames;
    this.confirmation = b.confirmation;
    this.decodeThreads = b.decodeThreads;
    this.queueCapacity = b.queueCapacity;
  }

  /** {@return the default options} */
  public static VideoScanOptions defaults() {
    return builder().build();
  }

  /** {@return a builder that starts from the defaults} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder that starts from these options} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.fullFrameInterval = fullFrameInterval;
    b.detectInterval = detectInterval;
    b.recheckInterval = recheckInterval;
    b.maxGapFrames = maxGapFrames;
    b.reidentifyWithinFrames = reidentifyWithinFrames;
    b.confirmation = confirmation;
    b.decodeThreads = decodeThreads;
    b.queueCapacity = queueCapacity;
    return b;
  }

  /**
   * {@return every how many scanned frames a frame without detections is decoded whole: 1 decodes
   * every frame} Without a detector this is the only way new codes are found.
   */
  public int fullFrameInterval() {
    return fullFrameInterval;
  }

  /**
   * {@return every how many scanned frames the detector looks for codes} In the frames between,
   * tracks move on by their last motion and are decoded where they should be; 1 detects in every
   * frame.
   */
  public int detectInterval() {
    return detectInterval;
  }

  /** {@return every how many frames a track whose payload is confirmed is decoded again} */
  public int recheckInterval() {
    return recheckInterval;
  }

  /** {@return how many frames a track may go unobserved before it ends} */
  public int maxGapFrames() {
    return maxGapFrames;
  }

  /**
   * {@return how many frames after it ended a track can still be picked up again by reading its
   * payload elsewhere, after a jump or an occlusion}
   */
  public int reidentifyWithinFrames() {
    return reidentifyWithinFrames;
  }

  /** {@return the rule that decides when a payload is real} */
  public Confirmation confirmation() {
    return confirmation;
  }

  /** {@return how many threads detect and decode whole frames} */
  public int decodeThreads() {
    return decodeThreads;
  }

  /** {@return how many frames may wait between two stages; bounds memory on any length of video} */
  public int queueCapacity() {
    return queueCapacity;
  }

  @Override
  public String toString() {
    return "VideoScanOptions[fullFrameInterval="
        + fullFrameInterval
        + ", detectInterval="
        + detectInterval
        + ", recheckInterval="
        + recheckInterval
        + ", maxGapFrames="
        + maxGapFrames
        + ", reidentifyWithinFrames="
        + reidentifyWithinFrames
        + ", confirmation="
        + confirmation
        + ", decodeThreads="
        + decodeThreads
        + ", queueCapacity="
        + queueCapacity
        + "]";
  }

  /** Collects options. Not thread-safe. */
  public static final class Builder {
    private int fullFrameInterval = 10;
    private int detectInterval = 3;
    private int recheckInterval = 30;
    private int maxGapFrames = 15;
    private int reidentifyWithinFrames = 300;
    private Confirmation confirmation = Confirmation.DEFAULT;
    private int decodeThreads = Math.max(1, Runtime.getRuntime().availableProcessors());
    private int queueCapacity = 8;

    private Builder() {}

    /**
     * Sets every how many frames a frame is decoded whole; default 10.
     *
     * @param frames at least 1
     * @return this builder
     */
    public Builder fullFrameInterval(int frames) {
      this.fullFrameInterval = positive(frames, "fullFrameInterval");
      return this;
    }

    /**
     * Sets every how many scanned frames the detector runs; default 3.
     *
     * @param frames at least 1
     * @return this builder
     */
    public Builder detectInterval(int frames) {
      this.detectInterval = positive(frames, "detectInterval");
      return this;
    }

    /**
     * Sets every how many frames a confirmed track is decoded again; default 30 (a second at 30
     * frames a second).
     *
     * @param frames at least 1
     * @return this builder
     */
    public Builder recheckInterval(int frames) {
      this.recheckInterval = positive(frames, "recheckInterval");
      return this;
    }

    /**
     * Sets how many frames a track may go unobserved before it ends; default 15.
     *
     * @param frames at least 1
     * @return this builder
     */
    public Builder maxGapFrames(int frames) {
      this.maxGapFrames = positive(frames, "maxGapFrames");
      return this;
    }

    /**
     * Sets how long after its end a track can be picked up again by payload; default 300.
     *
     * @param frames zero or more
     * @return this builder
     */
    public Builder reidentifyWithinFrames(int frames) {
      if (frames < 0) {
        throw new IllegalArgumentException("reidentifyWithinFrames must be >= 0, got " + frames);
      }
      this.reidentifyWithinFrames = frames;
      return this;
    }

    /**
     * Sets the confirmation rule; default {@link Confirmation#DEFAULT}.
     *
     * @param confirmation how many reads confirm a payload, per kind of symbology
     * @return this builder
     */
    public Builder confirmation(Confirmation confirmation) {
      this.confirmation = Objects.requireNonNull(confirmation, "confirmation");
      return this;
    }

    /**
     * Sets the number of detect-and-decode threads; default the number of processors.
     *
     * @param threads at least 1
     * @return this builder
     */
    public Builder decodeThreads(int threads) {
      this.decodeThreads = positive(threads, "decodeThreads");
      return this;
    }

    /**
     * Sets how many frames may wait between stages; default 8.
     *
     * @param frames at least 1
     * @return this builder
     */
    public Builder queueCapacity(int frames) {
      this.queueCapacity = positive(frames, "queueCapacity");
      return this;
    }

    /** {@return the options} */
    public VideoScanOptions build() {
      return new VideoScanOptions(this);
    }

    private static int positive(int value, String name) {
      if (value < 1) {
        throw new IllegalArgumentException(name + " must be >= 1, got " + value);
      }
      return value;
    }
  }
}
