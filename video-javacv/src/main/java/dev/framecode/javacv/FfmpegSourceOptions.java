package dev.framecode.javacv;

import dev.framecode.PixelFormat;
import java.time.Duration;
import java.util.Objects;

/**
 * How an {@link FfmpegFrameSource} reads: which pixels it makes, which frames it keeps, and which
 * kinds of input it may open. Immutable; make one with {@link #builder()}.
 *
 * <p>Frame selection applies in this order: frames before {@link #start()} are skipped by seeking,
 * reading stops at {@link #end()}, then of the frames in between every {@link #step()}th is kept,
 * and of those, with a {@link #targetFrameRate()}, only as many as that rate allows.
 */
public final class FfmpegSourceOptions {

  private static final FfmpegSourceOptions DEFAULTS = builder().build();

  private final PixelFormat pixelFormat;
  private final int step;
  private final double targetFrameRate;
  private final Duration start;
  private final Duration end;
  private final boolean applyRotation;
  private final boolean allowNetwork;
  private final boolean allowDevices;
  private final Duration networkTimeout;

  private FfmpegSourceOptions(Builder builder) {
    this.pixelFormat = builder.pixelFormat;
    this.step = builder.step;
    this.targetFrameRate = builder.targetFrameRate;
    this.start = builder.start;
    this.end = builder.end;
    this.applyRotation = builder.applyRotation;
    this.allowNetwork = builder.allowNetwork;
    this.allowDevices = builder.allowDevices;
    this.networkTimeout = builder.networkTimeout;
    if (end != null && end.compareTo(start) <= 0) {
      throw new IllegalArgumentException("end must be after start " + start + ", got " + end);
    }
  }

  /** {@return the defaults: gray frames, every frame, the whole file, local files only} */
  public static FfmpegSourceOptions defaults() {
    return DEFAULTS;
  }

  /** {@return a builder that starts from the defaults} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder that starts from these options} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.pixelFormat = pixelFormat;
    b.step = step;
    b.targetFrameRate = targetFrameRate;
    b.start = start;
    b.end = end;
    b.applyRotation = applyRotation;
    b.allowNetwork = allowNetwork;
    b.allowDevices = allowDevices;
    b.networkTimeout = networkTimeout;
    return b;
  }

  /** {@return the layout of the frames read: {@code GRAY8} (the default) or {@code BGR24}} */
  public PixelFormat pixelFormat() {
    return pixelFormat;
  }

  /** {@return n where every nth decoded frame is kept; 1, the default, keeps all} */
  public int step() {
    return step;
  }

  /** {@return the most frames per second of video time to keep; 0, the default, means no limit} */
  public double targetFrameRate() {
    return targetFrameRate;
  }

  /** {@return the presentation time of the first frame to read; zero by default} */
  public Duration start() {
    return start;
  }

  /**
   * {@return the presentation time at which reading stops, exclusive; {@code null}, the default,
   * reads to the end}
   */
  public Duration end() {
    return end;
  }

  /**
   * {@return whether frames are turned upright as the rotation stored in the video's metadata asks
   * (phones store portrait video sideways with such a note); true by default}
   */
  public boolean applyRotation() {
    return applyRotation;
  }

  /** {@return whether network inputs (RTSP, HTTP and the like) may be opened; false by default} */
  public boolean allowNetwork() {
    return allowNetwork;
  }

  /** {@return whether capture devices (cameras, screens) may be opened; false by default} */
  public boolean allowDevices() {
    return allowDevices;
  }

  /** {@return how long a network read may stall before it fails; 10 seconds by default} */
  public Duration networkTimeout() {
    return networkTimeout;
  }

  @Override
  public String toString() {
    return "FfmpegSourceOptions[pixelFormat="
        + pixelFormat
        + ", step="
        + step
        + ", targetFrameRate="
        + targetFrameRate
        + ", start="
        + start
        + ", end="
        + end
        + ", applyRotation="
        + applyRotation
        + ", allowNetwork="
        + allowNetwork
        + ", allowDevices="
        + allowDevices
        + "]";
  }

  /** Collects options. Not thread-safe. */
  public static final class Builder {
    private PixelFormat pixelFormat = PixelFormat.GRAY8;
    private int step = 1;
    private double targetFrameRate;
    private Duration start = Duration.ZERO;
    private Duration end;
    private boolean applyRotation = true;
    private boolean allowNetwork;
    private boolean allowDevices;
    private Duration networkTimeout = Duration.ofSeconds(10);

    private Builder() {}

    /**
     * Sets the layout of the frames read.
     *
     * @param pixelFormat {@code GRAY8} or {@code BGR24}
     * @return this builder
     * @throws IllegalArgumentException unless it is {@code GRAY8} or {@code BGR24}
     */
    public Builder pixelFormat(PixelFormat pixelFormat) {
      Objects.requireNonNull(pixelFormat, "pixelFormat");
      if (pixelFormat != PixelFormat.GRAY8 && pixelFormat != PixelFormat.BGR24) {
        throw new IllegalArgumentException(
            "pixelFormat must be GRAY8 or BGR24, got " + pixelFormat);
      }
      this.pixelFormat = pixelFormat;
      return this;
    }

    /**
     * Keeps every {@code step}th frame; must be at least 1.
     *
     * @param step at least 1; 1 keeps every frame
     * @return this builder
     */
    public Builder step(int step) {
      if (step < 1) {
        throw new IllegalArgumentException("step must be >= 1, got " + step);
      }
      this.step = step;
      return this;
    }

    /**
     * Keeps at most {@code fps} frames per second of video time; 0 means no limit.
     *
     * @param fps frames per second, 0 or more
     * @return this builder
     */
    public Builder targetFrameRate(double fps) {
      if (!(fps >= 0) || Double.isInfinite(fps)) {
        throw new IllegalArgumentException("targetFrameRate must be finite and >= 0, got " + fps);
      }
      this.targetFrameRate = fps;
      return this;
    }

    /**
     * Starts reading at presentation time {@code start}; must not be negative.
     *
     * @param start presentation time, not negative
     * @return this builder
     */
    public Builder start(Duration start) {
      Objects.requireNonNull(start, "start");
      if (start.isNegative()) {
        throw new IllegalArgumentException("start must be >= 0, got " + start);
      }
      this.start = start;
      return this;
    }

    /**
     * Stops reading at presentation time {@code end}, exclusive; {@code null} reads to the end.
     *
     * @param end presentation time, or null for the end of the video
     * @return this builder
     */
    public Builder end(Duration end) {
      this.end = end;
      return this;
    }

    /**
     * Sets whether frames are turned upright as the video's rotation metadata asks.
     *
     * @param applyRotation false to keep frames as stored
     * @return this builder
     */
    public Builder applyRotation(boolean applyRotation) {
      this.applyRotation = applyRotation;
      return this;
    }

    /**
     * Sets whether network inputs may be opened.
     *
     * @param allowNetwork true to allow {@link FfmpegFrameSource#openUrl}
     * @return this builder
     */
    public Builder allowNetwork(boolean allowNetwork) {
      this.allowNetwork = allowNetwork;
      return this;
    }

    /**
     * Sets whether capture devices may be opened.
     *
     * @param allowDevices true to allow {@link FfmpegFrameSource#openDevice}
     * @return this builder
     */
    public Builder allowDevices(boolean allowDevices) {
      this.allowDevices = allowDevices;
      return this;
    }

    /**
     * Sets how long a network read may stall before it fails; must be positive.
     *
     * @param timeout positive
     * @return this builder
     */
    public Builder networkTimeout(Duration timeout) {
      Objects.requireNonNull(timeout, "timeout");
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("networkTimeout must be positive, got " + timeout);
      }
      this.networkTimeout = timeout;
      return this;
    }

    /**
     * {@return the options}
     *
     * @throws IllegalArgumentException if the end is not after the start
     */
    public FfmpegSourceOptions build() {
      return new FfmpegSourceOptions(this);
    }
  }
}
