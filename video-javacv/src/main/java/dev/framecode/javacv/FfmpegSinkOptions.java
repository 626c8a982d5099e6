package dev.framecode.javacv;

import dev.framecode.SourceInfo;
import java.time.Duration;
import java.util.Objects;

/**
 * How an {@link FfmpegFrameSink} encodes: the frame rate, the bit rate and how often a key frame
 * comes. Immutable; make one with {@link #builder()}, or with {@link #matching(SourceInfo)} to keep
 * a source's frame rate.
 */
public final class FfmpegSinkOptions {

  private static final double DEFAULT_FRAME_RATE = 30;
  // About a tenth of a bit per pixel: clean for synthetic and screen content, fine for barcodes.
  private static final double BITS_PER_PIXEL = 0.1;

  private final double frameRate;
  private final int bitRate;
  private final Duration keyFrameInterval;
  private final int rotation;

  private FfmpegSinkOptions(Builder builder) {
    this.frameRate = builder.frameRate;
    this.bitRate = builder.bitRate;
    this.keyFrameInterval = builder.keyFrameInterval;
    this.rotation = builder.rotation;
  }

  /**
   * {@return the defaults: 30 frames per second, bit rate from the frame size, a key frame every 2
   * s}
   */
  public static FfmpegSinkOptions defaults() {
    return builder().build();
  }

  /**
   * {@return the defaults at the frame rate of {@code source}, or 30 fps where it is unknown}
   *
   * @param source the video whose frame rate to keep
   */
  public static FfmpegSinkOptions matching(SourceInfo source) {
    Objects.requireNonNull(source, "source");
    Builder builder = builder();
    if (source.frameRate() > 0) {
      builder.frameRate(source.frameRate());
    }
    return builder.build();
  }

  /** {@return a builder that starts from the defaults} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the frames per second of the output; 30 by default} */
  public double frameRate() {
    return frameRate;
  }

  /**
   * {@return the target bit rate in bits per second; 0, the default, picks about 0.1 bit per pixel
   * per frame (0.92 Mbit/s for 640 x 480 at 30 fps)}
   */
  public int bitRate() {
    return bitRate;
  }

  /** {@return the longest time between two key frames (seek points); 2 seconds by default} */
  public Duration keyFrameInterval() {
    return keyFrameInterval;
  }

  /**
   * {@return the clockwise turn in degrees (0, 90, 180 or 270) that the output's metadata asks
   * players to apply, the way phones store portrait video; 0, the default, writes no rotation}
   */
  public int rotation() {
    return rotation;
  }

  /** Returns the bit rate to ask the encoder for, for frames of {@code width x height} pixels. */
  int bitRateFor(int width, int height) {
    if (bitRate > 0) {
      return bitRate;
    }
    long auto = Math.round(width * (double) height * frameRate * BITS_PER_PIXEL);
    return (int) Math.max(100_000, Math.min(auto, 50_000_000));
  }

  /** Returns the number of frames between two key frames, at least 1. */
  int gopSize() {
    return (int) Math.max(1, Math.round(keyFrameInterval.toMillis() * frameRate / 1000));
  }

  @Override
  public String toString() {
    return "FfmpegSinkOptions[frameRate="
        + frameRate
        + ", bitRate="
        + bitRate
        + ", keyFrameInterval="
        + keyFrameInterval
        + ", rotation="
        + rotation
        + "]";
  }

  /** Collects options. Not thread-safe. */
  public static final class Builder {
    private double frameRate = DEFAULT_FRAME_RATE;
    private int bitRate;
    private Duration keyFrameInterval = Duration.ofSeconds(2);
    private int rotation;

    private Builder() {}

    /**
     * Sets the frames per second of the output; must be positive and at most 1000.
     *
     * @param frameRate above 0, at most 1000
     * @return this builder
     */
    public Builder frameRate(double frameRate) {
      if (!(frameRate > 0 && frameRate <= 1000)) {
        throw new IllegalArgumentException("frameRate must be in (0, 1000], got " + frameRate);
      }
      this.frameRate = frameRate;
      return this;
    }

    /**
     * Sets the target bit rate in bits per second; 0 picks one from the frame size.
     *
     * @param bitRate bits per second, 0 or more
     * @return this builder
     */
    public Builder bitRate(int bitRate) {
      if (bitRate < 0) {
        throw new IllegalArgumentException("bitRate must be >= 0, got " + bitRate);
      }
      this.bitRate = bitRate;
      return this;
    }

    /**
     * Sets the longest time between two key frames; must be positive.
     *
     * @param interval positive
     * @return this builder
     */
    public Builder keyFrameInterval(Duration interval) {
      Objects.requireNonNull(interval, "interval");
      if (interval.isNegative() || interval.isZero()) {
        throw new IllegalArgumentException("keyFrameInterval must be positive, got " + interval);
      }
      this.keyFrameInterval = interval;
      return this;
    }

    /**
     * Marks the output to be shown turned clockwise by {@code degrees}: 0, 90, 180 or 270. The
     * pixels are stored as written.
     *
     * @param degrees 0, 90, 180 or 270
     * @return this builder
     */
    public Builder rotation(int degrees) {
      if (degrees != 0 && degrees != 90 && degrees != 180 && degrees != 270) {
        throw new IllegalArgumentException("rotation must be 0, 90, 180 or 270, got " + degrees);
      }
      this.rotation = degrees;
      return this;
    }

    /** {@return the options} */
    public FfmpegSinkOptions build() {
      return new FfmpegSinkOptions(this);
    }
  }
}
