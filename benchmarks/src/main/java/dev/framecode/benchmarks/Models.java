package dev.framecode.benchmarks;

import dev.framecode.onnx.OnnxDetector;
import dev.framecode.onnx.OnnxDetectorOptions;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens the detector models the benchmarks compare. The shipped model scales frames to fit 320 x
 * 320; the 416 and 640 models are the same graph and weights with that size changed in their
 * metadata by {@code benchmarks/derive_model.py}, which {@code benchmarks/run} calls before the
 * benchmarks start. They were trained at 320 only, so they time the cost of a larger input, not
 * what it finds.
 */
public final class Models {
  private Models() {}

  /** The shipped model's input size. */
  public static final int SHIPPED_SIZE = 320;

  /**
   * The system property naming the folder of derived models, relative to the working directory;
   * default {@code benchmarks/target/models}, where {@code benchmarks/run} writes them.
   */
  public static final String FOLDER_PROPERTY = "framecode.bench.models";

  /**
   * Returns a detector on the model with {@code inputSize} square inputs, running ONNX Runtime with
   * {@code threads} intra-op threads. The caller closes it.
   *
   * @throws IllegalStateException if a derived model has not been written
   */
  public static OnnxDetector open(int inputSize, int threads) {
    OnnxDetectorOptions options = OnnxDetectorOptions.builder().intraOpThreads(threads).build();
    if (inputSize == SHIPPED_SIZE) {
      return OnnxDetector.withDefaultModel(options);
    }
    Path model = derivedModel(inputSize);
    if (!Files.isRegularFile(model)) {
      throw new IllegalStateException(
          "no model for input size "
              + inputSize
              + " at "
              + model.toAbsolutePath()
              + "; write it with: python3 benchmarks/derive_model.py "
              + inputSize
              + " "
              + model);
    }
    return OnnxDetector.open(model, options);
  }

  /** Returns where {@code benchmarks/run} writes the model derived for {@code inputSize}. */
  public static Path derivedModel(int inputSize) {
    String folder = System.getProperty(FOLDER_PROPERTY, "benchmarks/target/models");
    return Path.of(folder, "framecode-barcode-" + inputSize + ".onnx");
  }
}
