package dev.framecode.cli;

import dev.framecode.Barcode;
import dev.framecode.BarcodeFormat;
import dev.framecode.CompositeDecoder;
import dev.framecode.Decoder;
import dev.framecode.Detection;
import dev.framecode.Detector;
import dev.framecode.Frame;
import dev.framecode.Scanner;
import dev.framecode.boofcv.BoofcvDecoder;
import dev.framecode.onnx.OnnxDetector;
import dev.framecode.onnx.OnnxDetectorOptions;
import dev.framecode.zxing.ZxingDecoder;
import dev.framecode.zxing.ZxingDecoderOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;

/** The options that choose how frames are read, shared by the commands that read them. */
final class ReaderOptions {

  /** What a video's decoder may spend on one frame or region. */
  static final Duration VIDEO_BUDGET = Duration.ofMillis(60);

  /**
   * The most ZXing steps a video's decoder tries on a region for every format per frame: a code
   * that does not read is tried again in later frames, from where the last attempt stopped.
   */
  static final int VIDEO_REGION_STEPS = 1;

  /** In a video, BoofCV reads a region that ZXing did not on every this many attempts. */
  static final int VIDEO_BOOFCV_EVERY = 3;

  @Option(
      names = "--formats",
      split = ",",
      paramLabel = "FORMAT",
      description =
          "Only look for these formats, comma separated (default: all). One of:"
              + " ${COMPLETION-CANDIDATES}.")
  EnumSet<BarcodeFormat> formats;

  @Option(
      names = "--model",
      paramLabel = "FILE",
      description =
          "Find codes with this ultralytics-format ONNX model before decoding (default:"
              + " framecode's own model). Implies --detector.")
  Path model;

  @Option(
      names = "--detector",
      negatable = true,
      description =
          "Find codes with the learned detector before decoding (default: on for video, off for"
              + " still images).")
  Boolean detector;

  @Option(
      names = "--no-fallback",
      description =
          "With a detector, read only inside its regions: no whole-frame decode where they yield"
              + " nothing.")
  boolean noFallback;

  private Set<BarcodeFormat> wanted() {
    return formats == null || formats.isEmpty() ? EnumSet.allOf(BarcodeFormat.class) : formats;
  }

  /**
   * Returns a decoder configured by these options: ZXing first, then BoofCV for the QR, Micro QR
   * and Aztec codes ZXing did not read, on the image as it is and then on rescaled copies. The
   * caller closes it.
   */
  Decoder openDecoder() {
    return open(
        ZxingDecoderOptions.defaults().timeBudget(),
        BoofcvDecoder.DEFAULT_TIME_BUDGET,
        0,
        wanted());
  }

  /**
   * Returns a decoder as {@link #openDecoder()} does, spending at most {@code budget} on a frame or
   * region, and spreading its effort over frames: ZXing tries {@link #VIDEO_REGION_STEPS} step per
   * region, and BoofCV reads frames only as they are, on every {@link #VIDEO_BOOFCV_EVERY}th
   * attempt at a region. A video can afford little per frame, since the next frames show the code
   * again.
   */
  Decoder openDecoder(Duration budget) {
    return openDecoder(budget, null);
  }

  /**
   * Returns a decoder as {@link #openDecoder(Duration)} does, for those of {@code only} these
   * options read, or for all of them when {@code only} is null.
   *
   * @throws IllegalArgumentException if these options read none of {@code only}
   */
  Decoder openDecoder(Duration budget, Set<BarcodeFormat> only) {
    Set<BarcodeFormat> wanted = EnumSet.copyOf(wanted());
    if (only != null) {
      wanted.retainAll(only);
    }
    if (wanted.isEmpty()) {
      throw new IllegalArgumentException(
          "none of the formats " + only + " is among those read here, " + wanted());
    }
    return open(budget, Duration.ZERO, VIDEO_REGION_STEPS, wanted);
  }

  private Decoder open(
      Duration zxingBudget, Duration boofcvBudget, int regionSteps, Set<BarcodeFormat> wanted) {
    BoofcvDecoder boofcv = new BoofcvDecoder(wanted, boofcvBudget);
    if (wanted.equals(EnumSet.of(BarcodeFormat.MICRO_QR_CODE))) {
      return boofcv;
    }
    ZxingDecoder zxing =
        new ZxingDecoder(
            ZxingDecoderOptions.builder()
                .formats(wanted)
                .timeBudget(zxingBudget)
                .regionSteps(regionSteps)
                .build());
    if (boofcv.formats().isEmpty()) {
      return zxing;
    }
    return CompositeDecoder.untilFound(
        zxing, regionSteps > 0 ? new EveryNthAttempt(boofcv, VIDEO_BOOFCV_EVERY) : boofcv);
  }

  /**
   * Returns the detector these options ask for video, or {@code null} for none (decode whole
   * frames), with the detector on by default. The caller closes it.
   *
   * @throws dev.framecode.InvalidModelException if the model cannot be used
   */
  Detector openDetector() {
    return open(true, OnnxDetectorOptions.defaults());
  }

  /**
   * Returns the detector these options ask for still images, or {@code null} for none, with the
   * detector off by default. Frames are padded to the model's whole input, which reads a few more
   * photos than padding only to its stride and costs more than a photo's read does not. The caller
   * closes it.
   */
  Detector openStillDetector() {
    return open(false, OnnxDetectorOptions.builder().padToSquare(true).build());
  }

  // onByDefault decides when neither --detector nor --no-detector nor --model was given.
  private Detector open(boolean onByDefault, OnnxDetectorOptions options) {
    boolean wanted = model != null || (detector == null ? onByDefault : detector);
    if (!wanted) {
      return null;
    }
    return model == null
        ? OnnxDetector.withDefaultModel(options)
        : OnnxDetector.open(model, options);
  }

  /** Returns a scanner for still images with {@code decoder} and these options' detector. */
  Scanner scanner(Decoder decoder, Detector detector) {
    return Scanner.builder(decoder).detector(detector).fullFrameFallback(!noFallback).build();
  }

  /**
   * Reads regions with another decoder only on every nth attempt at a code (the first included),
   * and whole frames always.
   */
  private static final class EveryNthAttempt implements Decoder {
    private final Decoder decoder;
    private final int n;

    EveryNthAttempt(Decoder decoder, int n) {
      this.decoder = decoder;
      this.n = n;
    }

    @Override
    public List<Barcode> decode(Frame frame) {
      return decoder.decode(frame);
    }

    @Override
    public List<Barcode> decode(Frame frame, Detection region) {
      return decoder.decode(frame, region);
    }

    @Override
    public List<Barcode> decode(Frame frame, Detection region, int failedAttempts) {
      return failedAttempts % n == 0 ? decoder.decode(frame, region, failedAttempts) : List.of();
    }

    @Override
    public void close() {
      decoder.close();
    }
  }
}
