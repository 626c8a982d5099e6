package dev.framecode.zxing;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import dev.framecode.BarcodeFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Tries a fixed sequence of image variants and reader settings on one image, cheapest first, and
 * stops at the first step that yields a result worth accepting.
 *
 * <p>The order comes from measuring which steps recover codes that earlier ones miss on real
 * photos: the image as it is, the pure-barcode mode for clean renders, a downscaled copy (large
 * photos have modules too wide for the hybrid binarizer's blocks), the global-histogram binarizer,
 * an enlarged copy of small images, and turned copies for oblique linear codes, which ZXing reads
 * only along rows and columns.
 */
final class DecodeLadder {

  /** A result and the image variant its points refer to. */
  record Found(Result result, GrayImage variant) {}

  private enum Binarizer {
    HYBRID,
    GLOBAL
  }

  private enum Effort {
    /** ZXing's TRY_HARDER, inverted codes too when the options ask for them. */
    THOROUGH,
    /** ZXing's defaults: a few scan lines, dark-on-light only. */
    QUICK,
    /** ZXing's PURE_BARCODE: the image is one clean, upright symbol and its quiet zone. */
    PURE
  }

  private record Step(
      String name, UnaryOperator<GrayImage> variant, Binarizer binarizer, Effort effort) {}

  /** The largest short side, in pixels, that a region crop is read at. */
  private static final double MAX_DETAIL_SIDE = 600;

  /** How many refused formats an image is read again without. */
  private static final int MAX_REFUSED_FORMATS = 2;

  /** Frames with a long side of at most this many pixels are also read enlarged pixel by pixel. */
  private static final int TINY_SIDE = 100;

  /** Frames with a long side of at most this many pixels are also read at double size. */
  private static final int DOUBLE_MAX_SIDE = 640;

  /** Frames with a long side of at least this many pixels are also read at half size. */
  private static final int HALF_MIN_SIDE = 360;

  /** The round that reads along every line, as ZXing's thorough mode does. */
  static final int ALL_LINES = -1;

  /** Tilts smaller than this are read as they are. */
  private static final double MIN_SKEW_DEGREES = 4;

  /** Below this agreement the edges have no dominant direction worth turning for. */
  private static final double MIN_SKEW_AGREEMENT = 0.2;

  private final ZxingDecoderOptions options;
  private final Map<Effort, Map<DecodeHintType, Object>> hints = new EnumMap<>(Effort.class);
  private final Map<Effort, Map<DecodeHintType, Object>> upright = new EnumMap<>(Effort.class);
  private final Map<Effort, Map<DecodeHintType, Object>> linearOnly = new EnumMap<>(Effort.class);
  private final boolean linearWanted;
  private final boolean matrixWanted;

  DecodeLadder(ZxingDecoderOptions options) {
    this.options = options;
    ZxingDecoderOptions darkOnLight = options.toBuilder().alsoInverted(false).build();
    for (Effort effort : Effort.values()) {
      hints.put(effort, hints(options, effort));
      upright.put(effort, hints(darkOnLight, effort));
    }
    this.linearWanted = options.formats().stream().anyMatch(f -> f.isLinear());
    this.matrixWanted = !matrixFormats(options.formats()).isEmpty();
    if (linearWanted) {
      EnumSet<BarcodeFormat> linear = EnumSet.copyOf(options.formats());
      linear.removeIf(f -> !f.isLinear());
      ZxingDecoderOptions linearOptions = options.toBuilder().formats(linear).build();
      for (Effort effort : Effort.values()) {
        linearOnly.put(effort, hints(linearOptions, effort));
      }
    }
  }

  /** Returns what the steps for a whole frame find, or an empty list. */
  List<Found> decodeFrame(GrayImage image, long deadlineNanos) {
    return run(frameSteps(image), image, deadlineNanos);
  }

  /**
   * Returns what the steps for a padded region crop find, or an empty list, starting {@code skip}
   * steps into the ladder and wrapping round.
   */
  List<Found> decodeRegion(GrayImage crop, long deadlineNanos, int skip) {
    List<Step> steps = regionSteps(crop);
    Collections.rotate(steps, -(skip % steps.size()));
    return run(steps, crop, deadlineNanos);
  }

  /**
   * As {@link #decodeRegion(GrayImage, long, int)}, trying at most {@code maxSteps} steps, reading
   * linear codes along a sample of rows that moves on with each round of the ladder (see {@link
   * SparseLines}), and looking for light-on-dark codes (when the options ask for them) only on
   * every other round: a read that stops after a few steps is one of many, and inverted codes are
   * rare.
   */
  List<Found> decodeRegion(GrayImage crop, long deadlineNanos, int skip, int maxSteps) {
    List<Step> steps = regionSteps(crop);
    int round = skip / steps.size();
    Collections.rotate(steps, -(skip % steps.size()));
    return run(
        steps.subList(0, Math.min(maxSteps, steps.size())),
        crop,
        deadlineNanos,
        round % 2 == 1 ? hints : upright,
        round);
  }

  /**
   * Returns what a strip of the frame across a region finds, for the linear formats only (a strip
   * is for a linear code longer than its box; a matrix code is read in its region): the strip as it
   * is, with either binarizer, and a thin strip enlarged to a short side of 300 pixels.
   */
  List<Found> decodeStrip(GrayImage strip, long deadlineNanos) {
    return decodeStrip(strip, deadlineNanos, ALL_LINES);
  }

  /**
   * As {@link #decodeStrip(GrayImage, long)}, along a sample of rows for {@code round} {@code >= 0}
   * (see {@link SparseLines}), or along all of them for {@link #ALL_LINES}.
   */
  List<Found> decodeStrip(GrayImage strip, long deadlineNanos, int round) {
    int shortSide = Math.min(strip.width(), strip.height());
    List<Step> steps = new ArrayList<>();
    steps.add(new Step("strip", UnaryOperator.identity(), Binarizer.HYBRID, Effort.THOROUGH));
    steps.add(
        new Step("strip global", UnaryOperator.identity(), Binarizer.GLOBAL, Effort.THOROUGH));
    if (shortSide < 150) {
      double factor = Math.min(300.0 / shortSide, 4000.0 / Math.max(strip.width(), strip.height()));
      if (factor > 1.2) {
        steps.add(new Step("strip 300", i -> i.scale(factor), Binarizer.HYBRID, Effort.THOROUGH));
      }
    }
    return linearWanted ? run(steps, strip, deadlineNanos, linearOnly, round) : List.of();
  }

  /** {@return whether this ladder reads any linear format} */
  boolean readsLinear() {
    return linearWanted;
  }

  /** Returns what one quick pass finds: the image as it is, hybrid binarizer, few scan lines. */
  List<Found> decodeQuickly(GrayImage image) {
    return attempt(
        new Step("quick", UnaryOperator.identity(), Binarizer.HYBRID, Effort.QUICK),
        image,
        hints,
        ALL_LINES);
  }

  private List<Found> run(List<Step> steps, GrayImage image, long deadlineNanos) {
    return run(steps, image, deadlineNanos, hints, ALL_LINES);
  }

  // round: ALL_LINES for ZXing's own scan along every line, else the round of a sparse scan.
  private List<Found> run(
      List<Step> steps,
      GrayImage image,
      long deadlineNanos,
      Map<Effort, Map<DecodeHintType, Object>> hintsByEffort,
      int round) {
    for (Step step : steps) {
      if (System.nanoTime() > deadlineNanos) {
        break;
      }
      List<Found> found = attempt(step, image, hintsByEffort, round);
      if (!found.isEmpty()) {
        return found;
      }
    }
    return List.of();
  }

  private List<Found> attempt(
      Step step,
      GrayImage image,
      Map<Effort, Map<DecodeHintType, Object>> hintsByEffort,
      int round) {
    GrayImage variant = step.variant().apply(image);
    SparseLines lines =
        round == ALL_LINES || step.effort() != Effort.THOROUGH
            ? null
            : SparseLines.forHeight(variant.height(), round);
    LuminanceSource source =
        new GrayLuminanceSource(variant.pixels(), variant.width(), variant.height());
    BinaryBitmap bitmap =
        new BinaryBitmap(
            step.binarizer() == Binarizer.HYBRID
                ? new HybridBinarizer(source)
                : new GlobalHistogramBinarizer(source));
    Map<DecodeHintType, Object> stepHints = hintsByEffort.get(step.effort());
    // ZXing stops at the first scan line that reads. When that read is refused, a real code may
    // lie further on, so the same image is read again without the refused format.
    for (int retry = 0; retry <= MAX_REFUSED_FORMATS; retry++) {
      Result result = read(bitmap, stepHints, lines);
      if (result == null) {
        return List.of();
      }
      Result accepted = ReadValidation.validate(result);
      if (accepted != null) {
        accepted = LinearConfirmation.confirm(accepted, source, stepHints);
      }
      if (accepted != null) {
        List<Found> found = new ArrayList<>(1);
        found.add(new Found(accepted, variant));
        return found;
      }
      stepHints = without(stepHints, result.getBarcodeFormat());
      if (stepHints == null) {
        return List.of();
      }
    }
    return List.of();
  }

  // With lines, the matrix formats as ZXing reads them and then the linear ones along those lines;
  // without, every format as ZXing reads it.
  private static Result read(
      BinaryBitmap bitmap, Map<DecodeHintType, Object> hints, SparseLines lines) {
    if (lines == null) {
      return readAll(bitmap, hints);
    }
    @SuppressWarnings("unchecked")
    Set<com.google.zxing.BarcodeFormat> formats =
        (Set<com.google.zxing.BarcodeFormat>) hints.get(DecodeHintType.POSSIBLE_FORMATS);
    Set<com.google.zxing.BarcodeFormat> matrix =
        EnumSet.noneOf(com.google.zxing.BarcodeFormat.class);
    Set<com.google.zxing.BarcodeFormat> linear =
        EnumSet.noneOf(com.google.zxing.BarcodeFormat.class);
    for (com.google.zxing.BarcodeFormat format : formats) {
      (ZxingFormats.fromZxing(format).isLinear() ? linear : matrix).add(format);
    }
    // DataBar Expanded pieces a code together from pairs read on several lines: every line.
    boolean expanded = linear.remove(com.google.zxing.BarcodeFormat.RSS_EXPANDED);
    if (expanded) {
      matrix.add(com.google.zxing.BarcodeFormat.RSS_EXPANDED);
    }
    if (!matrix.isEmpty()) {
      Result result = readAll(bitmap, withFormats(hints, matrix));
      if (result != null || linear.isEmpty()) {
        return result;
      }
    }
    return lines.read(bitmap, withFormats(hints, linear));
  }

  private static Result readAll(BinaryBitmap bitmap, Map<DecodeHintType, Object> hints) {
    MultiFormatReader reader = new MultiFormatReader();
    reader.setHints(hints);
    try {
      return reader.decodeWithState(bitmap);
    } catch (ReaderException e) {
      return null;
    }
  }

  private static Map<DecodeHintType, Object> withFormats(
      Map<DecodeHintType, Object> hints, Set<com.google.zxing.BarcodeFormat> formats) {
    Map<DecodeHintType, Object> copy = new EnumMap<>(hints);
    copy.put(DecodeHintType.POSSIBLE_FORMATS, formats);
    return copy;
  }

  // The same hints with one format fewer, or null when no format would be left.
  private static Map<DecodeHintType, Object> without(
      Map<DecodeHintType, Object> hints, com.google.zxing.BarcodeFormat refused) {
    @SuppressWarnings("unchecked")
    Set<com.google.zxing.BarcodeFormat> formats =
        EnumSet.copyOf(
            (Set<com.google.zxing.BarcodeFormat>) hints.get(DecodeHintType.POSSIBLE_FORMATS));
    formats.remove(refused);
    if (formats.isEmpty()) {
      return null;
    }
    Map<DecodeHintType, Object> fewer = new EnumMap<>(hints);
    fewer.put(DecodeHintType.POSSIBLE_FORMATS, formats);
    return fewer;
  }

  private List<Step> frameSteps(GrayImage image) {
    int longSide = Math.max(image.width(), image.height());
    int shortSide = Math.min(image.width(), image.height());
    List<Step> steps = new ArrayList<>();
    steps.add(new Step("as is", UnaryOperator.identity(), Binarizer.HYBRID, Effort.THOROUGH));
    if (longSide <= 1600 && matrixWanted) {
      steps.add(new Step("pure", UnaryOperator.identity(), Binarizer.HYBRID, Effort.PURE));
    }
    if (longSide >= HALF_MIN_SIDE) {
      steps.add(new Step("half", i -> i.scale(0.5), Binarizer.HYBRID, Effort.THOROUGH));
    }
    steps.add(new Step("global", UnaryOperator.identity(), Binarizer.GLOBAL, Effort.THOROUGH));
    if (longSide <= TINY_SIDE) {
      // Renders this small are often one pixel per module with no quiet zone.
      int factor = (int) Math.ceil(TINY_SIDE * 2.0 / longSide);
      int margin = Math.max(4, shortSide / 4);
      steps.add(
          new Step(
              "repeat " + factor,
              i -> i.pad(margin).repeat(factor),
              Binarizer.HYBRID,
              Effort.THOROUGH));
    }
    if (longSide <= DOUBLE_MAX_SIDE) {
      steps.add(new Step("double", i -> i.scale(2), Binarizer.HYBRID, Effort.THOROUGH));
    }
    if (linearWanted) {
      double fit = Math.min(1, 1000.0 / longSide);
      for (double angle : options.rotations()) {
        steps.add(
            new Step(
                "turn " + angle,
                i -> i.scale(fit).rotate(angle),
                Binarizer.HYBRID,
                Effort.THOROUGH));
      }
    }
    // Last, the other binarizer on the rescaled copies: photos whose lighting defeats the hybrid
    // binarizer's blocks at one scale.
    addHalfAndDouble(steps, longSide, Binarizer.GLOBAL);
    return steps;
  }

  // A detector's crop is usually larger than the code itself but may be small. ZXing reads best
  // when the short side is about 300 pixels, which is also the cheapest size to try; a tilted code
  // is turned upright next; the crop as it is, when it is big, keeps fine detail that rescaling
  // loses.
  private List<Step> regionSteps(GrayImage crop) {
    int shortSide = Math.min(crop.width(), crop.height());
    double fit = Math.min(1, 450.0 / shortSide);
    List<Step> steps = new ArrayList<>();
    steps.add(new Step("300", i -> i.scale(300.0 / shortSide), Binarizer.HYBRID, Effort.THOROUGH));
    Skew skew = Skew.of(crop.scale(Math.min(1, 200.0 / shortSide)), 1);
    if (Math.abs(skew.degrees()) >= MIN_SKEW_DEGREES && skew.agreement() >= MIN_SKEW_AGREEMENT) {
      steps.add(
          new Step(
              "deskew",
              i -> i.scale(fit).rotate(-skew.degrees()),
              Binarizer.HYBRID,
              Effort.THOROUGH));
    }
    if (shortSide >= 200) {
      // Fine detail, but no bigger than this: a thorough pass costs in proportion to the area.
      double detail = Math.min(1, MAX_DETAIL_SIDE / shortSide);
      steps.add(new Step("as is", i -> i.scale(detail), Binarizer.HYBRID, Effort.THOROUGH));
    }
    if (matrixWanted) {
      steps.add(new Step("pure", UnaryOperator.identity(), Binarizer.HYBRID, Effort.PURE));
    }
    steps.add(new Step("450", i -> i.scale(450.0 / shortSide), Binarizer.HYBRID, Effort.THOROUGH));
    steps.add(new Step("global", UnaryOperator.identity(), Binarizer.GLOBAL, Effort.THOROUGH));
    if (linearWanted) {
      for (double angle : options.rotations()) {
        steps.add(
            new Step(
                "turn " + angle,
                i -> i.scale(fit).rotate(angle),
                Binarizer.HYBRID,
                Effort.THOROUGH));
      }
    }
    // A large crop, often most of a close-up photo, is also read as a whole frame is: at half and
    // double its size, with either binarizer.
    int longSide = Math.max(crop.width(), crop.height());
    addHalfAndDouble(steps, longSide, Binarizer.HYBRID);
    addHalfAndDouble(steps, longSide, Binarizer.GLOBAL);
    return steps;
  }

  // The image at half size when it is large and at double size when it is small.
  private static void addHalfAndDouble(List<Step> steps, int longSide, Binarizer binarizer) {
    String suffix = binarizer == Binarizer.GLOBAL ? " global" : "";
    if (longSide >= HALF_MIN_SIDE) {
      steps.add(new Step("half" + suffix, i -> i.scale(0.5), binarizer, Effort.THOROUGH));
    }
    if (longSide <= DOUBLE_MAX_SIDE) {
      steps.add(new Step("double" + suffix, i -> i.scale(2), binarizer, Effort.THOROUGH));
    }
  }

  private static Set<BarcodeFormat> matrixFormats(Set<BarcodeFormat> formats) {
    Set<BarcodeFormat> matrix = EnumSet.noneOf(BarcodeFormat.class);
    for (BarcodeFormat format : formats) {
      if (!format.isLinear()) {
        matrix.add(format);
      }
    }
    return matrix;
  }

  private static Map<DecodeHintType, Object> hints(ZxingDecoderOptions options, Effort effort) {
    Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
    // ZXing's linear readers ignore PURE_BARCODE: in pure mode they would repeat a thorough pass.
    Set<BarcodeFormat> formats =
        effort == Effort.PURE ? matrixFormats(options.formats()) : options.formats();
    hints.put(DecodeHintType.POSSIBLE_FORMATS, ZxingFormats.toZxing(formats));
    if (effort != Effort.QUICK && options.tryHarder()) {
      hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
    }
    if (effort != Effort.QUICK && options.alsoInverted()) {
      hints.put(DecodeHintType.ALSO_INVERTED, Boolean.TRUE);
    }
    if (effort == Effort.PURE) {
      hints.put(DecodeHintType.PURE_BARCODE, Boolean.TRUE);
    }
    return Map.copyOf(hints);
  }
}
