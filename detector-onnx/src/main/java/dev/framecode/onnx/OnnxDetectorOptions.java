package dev.framecode.onnx;

/**
 * How an {@link OnnxDetector} runs its model and filters what it finds. Immutable; the defaults
 * suit the shipped barcode model on video frames: score at least 0.25, class-aware non-maximum
 * suppression at IoU 0.45, at most 100 regions, one ONNX Runtime thread per call, no tiling.
 */
public final class OnnxDetectorOptions {

  private static final OnnxDetectorOptions DEFAULTS = builder().build();

  private final float scoreThreshold;
  private final float iouThreshold;
  private final int maxDetections;
  private final boolean classAgnostic;
  private final int intraOpThreads;
  private final boolean tiling;
  private final double tilingMinScale;
  private final double tileOverlap;
  private final boolean padToSquare;

  private OnnxDetectorOptions(Builder builder) {
    this.scoreThreshold = builder.scoreThreshold;
    this.iouThreshold = builder.iouThreshold;
    this.maxDetections = builder.maxDetections;
    this.classAgnostic = builder.classAgnostic;
    this.intraOpThreads = builder.intraOpThreads;
    this.tiling = builder.tiling;
    this.tilingMinScale = builder.tilingMinScale;
    this.tileOverlap = builder.tileOverlap;
    this.padToSquare = builder.padToSquare;
  }

  /** {@return the default options} */
  public static OnnxDetectorOptions defaults() {
    return DEFAULTS;
  }

  /** {@return a builder that starts from the defaults} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder that starts from these options} */
  public Builder toBuilder() {
    return new Builder()
        .scoreThreshold(scoreThreshold)
        .iouThreshold(iouThreshold)
        .maxDetections(maxDetections)
        .classAgnostic(classAgnostic)
        .intraOpThreads(intraOpThreads)
        .tiling(tiling)
        .tilingMinScale(tilingMinScale)
        .tileOverlap(tileOverlap)
        .padToSquare(padToSquare);
  }

  /** {@return the lowest score a region needs to be reported, in [0, 1]} */
  public float scoreThreshold() {
    return scoreThreshold;
  }

  /** {@return the IoU above which the weaker of two overlapping regions is dropped, in (0, 1]} */
  public float iouThreshold() {
    return iouThreshold;
  }

  /** {@return the most regions reported per frame} */
  public int maxDetections() {
    return maxDetections;
  }

  /** {@return whether regions of different classes suppress each other} */
  public boolean classAgnostic() {
    return classAgnostic;
  }

  /** {@return the threads ONNX Runtime may use inside one call; 0 lets ONNX Runtime choose} */
  public int intraOpThreads() {
    return intraOpThreads;
  }

  /** {@return whether frames much larger than the model input are also searched tile by tile} */
  public boolean tiling() {
    return tiling;
  }

  /**
   * {@return how many times larger than the model input a frame's long side must be before it is
   * tiled; tiles are this many model inputs wide, so a tile is shrunk by at most this factor}
   */
  public double tilingMinScale() {
    return tilingMinScale;
  }

  /** {@return the fraction of a tile shared with its neighbour, in [0, 0.5]} */
  public double tileOverlap() {
    return tileOverlap;
  }

  /**
   * {@return whether every frame is padded to the model's full input size, even for a model of
   * dynamic size that takes a smaller one}
   */
  public boolean padToSquare() {
    return padToSquare;
  }

  @Override
  public String toString() {
    return "OnnxDetectorOptions[score>="
        + scoreThreshold
        + ", iou="
        + iouThreshold
        + ", max="
        + maxDetections
        + (classAgnostic ? ", agnostic" : ", class-aware")
        + ", threads="
        + intraOpThreads
        + (tiling ? ", tiling x" + tilingMinScale + " overlap " + tileOverlap : "")
        + (padToSquare ? ", square" : "")
        + "]";
  }

  /** Collects options. Not thread-safe. */
  public static final class Builder {
    private float scoreThreshold = 0.25f;
    private float iouThreshold = 0.45f;
    private int maxDetections = 100;
    private boolean classAgnostic = false;
    private int intraOpThreads = 1;
    private boolean tiling = false;
    private double tilingMinScale = 2.0;
    private double tileOverlap = 0.25;
    private boolean padToSquare = false;

    private Builder() {}

    /**
     * Sets the lowest score reported; default 0.25.
     *
     * @param scoreThreshold from 0 to 1
     * @return this builder
     * @throws IllegalArgumentException if not in [0, 1]
     */
    public Builder scoreThreshold(float scoreThreshold) {
      if (!(scoreThreshold >= 0 && scoreThreshold <= 1)) {
        throw new IllegalArgumentException(
            "scoreThreshold must be in [0, 1], got " + scoreThreshold);
      }
      this.scoreThreshold = scoreThreshold;
      return this;
    }

    /**
     * Sets the IoU at which non-maximum suppression drops the weaker region; default 0.45.
     *
     * @param iouThreshold above 0, at most 1
     * @return this builder
     * @throws IllegalArgumentException if not in (0, 1]
     */
    public Builder iouThreshold(float iouThreshold) {
      if (!(iouThreshold > 0 && iouThreshold <= 1)) {
        throw new IllegalArgumentException("iouThreshold must be in (0, 1], got " + iouThreshold);
      }
      this.iouThreshold = iouThreshold;
      return this;
    }

    /**
     * Sets the most regions reported per frame; default 100.
     *
     * @param maxDetections at least 1
     * @return this builder
     * @throws IllegalArgumentException if less than 1
     */
    public Builder maxDetections(int maxDetections) {
      if (maxDetections < 1) {
        throw new IllegalArgumentException("maxDetections must be >= 1, got " + maxDetections);
      }
      this.maxDetections = maxDetections;
      return this;
    }

    /**
     * Sets whether regions of different classes suppress each other; default false.
     *
     * @param classAgnostic true to keep one region where boxes of several classes overlap
     * @return this builder
     */
    public Builder classAgnostic(boolean classAgnostic) {
      this.classAgnostic = classAgnostic;
      return this;
    }

    /**
     * Sets the threads ONNX Runtime may use inside one call, 0 for its own choice; default 1, since
     * a video pipeline already detects several frames at once.
     *
     * @param intraOpThreads 0 or more
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public Builder intraOpThreads(int intraOpThreads) {
      if (intraOpThreads < 0) {
        throw new IllegalArgumentException("intraOpThreads must be >= 0, got " + intraOpThreads);
      }
      this.intraOpThreads = intraOpThreads;
      return this;
    }

    /**
     * Sets whether large frames are also searched tile by tile, for codes too small to survive
     * shrinking the whole frame to the model input; default false. Costs one model run per tile.
     *
     * @param tiling true to search tiles as well as the whole frame
     * @return this builder
     */
    public Builder tiling(boolean tiling) {
      this.tiling = tiling;
      return this;
    }

    /**
     * Sets how many model inputs long a frame must be before it is tiled, and so the most a tile is
     * shrunk; default 2.
     *
     * @param tilingMinScale at least 1
     * @return this builder
     * @throws IllegalArgumentException if less than 1 or not finite
     */
    public Builder tilingMinScale(double tilingMinScale) {
      if (!(tilingMinScale >= 1) || Double.isInfinite(tilingMinScale)) {
        throw new IllegalArgumentException(
            "tilingMinScale must be finite and >= 1, got " + tilingMinScale);
      }
      this.tilingMinScale = tilingMinScale;
      return this;
    }

    /**
     * Sets the fraction of a tile shared with its neighbour; default 0.25. A code smaller than the
     * overlap lies whole inside some tile.
     *
     * @param tileOverlap from 0 to 0.5
     * @return this builder
     * @throws IllegalArgumentException if not in [0, 0.5]
     */
    public Builder tileOverlap(double tileOverlap) {
      if (!(tileOverlap >= 0 && tileOverlap <= 0.5)) {
        throw new IllegalArgumentException("tileOverlap must be in [0, 0.5], got " + tileOverlap);
      }
      this.tileOverlap = tileOverlap;
      return this;
    }

    /**
     * Sets whether every frame is padded to the model's full input size; default false. A model of
     * dynamic size (see {@link OnnxModelInfo#dynamicSize()}) is otherwise given a frame padded only
     * up to the next multiple of its stride, as ultralytics' predictor does: a 16:9 frame costs
     * about 60% of a square one. The boxes found either way agree closely but not exactly; still
     * photos, where speed matters less than in video, may read a little better padded.
     *
     * @param padToSquare true to pad every frame to the full input size
     * @return this builder
     */
    public Builder padToSquare(boolean padToSquare) {
      this.padToSquare = padToSquare;
      return this;
    }

    /** {@return the options} */
    public OnnxDetectorOptions build() {
      return new OnnxDetectorOptions(this);
    }
  }
}
