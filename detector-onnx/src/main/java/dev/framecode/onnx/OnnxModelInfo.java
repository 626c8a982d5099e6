package dev.framecode.onnx;

import java.util.List;
import java.util.Objects;

/**
 * What an {@link OnnxDetector} learned about its model when it opened it.
 *
 * @param source where the model came from: a file path or a resource name
 * @param inputName the name of the image input, {@code images} in ultralytics exports
 * @param inputWidth the model input width in pixels; for a model of dynamic size, the largest width
 *     it is given
 * @param inputHeight the model input height in pixels; for a model of dynamic size, the largest
 *     height it is given
 * @param dynamicSize whether the model takes any input height and width that are multiples of its
 *     stride (an ultralytics export with {@code dynamic=True}); the detector then pads a frame only
 *     up to the next multiple of the stride, not to the whole input square, as ultralytics' own
 *     predictor does, which for a 16:9 frame spares about 40% of the model's work
 * @param layout how the output is laid out
 * @param names the class names, indexed by class id; never empty
 * @param stride the largest stride of the model, from its metadata; 32 when not stated
 * @param description the model's description from its metadata; empty when not stated
 * @param version the model's version from its metadata; empty when not stated
 */
public record OnnxModelInfo(
    String source,
    String inputName,
    int inputWidth,
    int inputHeight,
    boolean dynamicSize,
    OnnxOutputLayout layout,
    List<String> names,
    int stride,
    String description,
    String version) {

  /**
   * Checks the components and copies the class names.
   *
   * @param source where the model came from: a file path or a resource name
   * @param inputName the name of the image input, {@code images} in ultralytics exports
   * @param inputWidth the model input width in pixels, the largest for a dynamic size
   * @param inputHeight the model input height in pixels, the largest for a dynamic size
   * @param dynamicSize whether the model takes any multiple of its stride as input size
   * @param layout how the output is laid out
   * @param names the class names, indexed by class id; never empty
   * @param stride the largest stride of the model, from its metadata; 32 when not stated
   * @param description the model's description from its metadata; empty when not stated
   * @param version the model's version from its metadata; empty when not stated
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the input size or stride is not positive, or there are no
   *     class names
   */
  public OnnxModelInfo {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(inputName, "inputName");
    Objects.requireNonNull(layout, "layout");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(version, "version");
    names = List.copyOf(names);
    if (inputWidth <= 0 || inputHeight <= 0) {
      throw new IllegalArgumentException(
          "model input size must be positive, got " + inputWidth + " x " + inputHeight);
    }
    if (names.isEmpty()) {
      throw new IllegalArgumentException("a model needs at least one class name, got none");
    }
    if (stride <= 0) {
      throw new IllegalArgumentException("stride must be positive, got " + stride);
    }
  }

  /** {@return the number of classes} */
  public int classCount() {
    return names.size();
  }
}
