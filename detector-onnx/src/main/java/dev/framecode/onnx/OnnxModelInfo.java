package dev.framecode.onnx;

import java.util.List;
import java.util.Objects;

/**
 * What an {@link OnnxDetector} learned about its model when it opened it.
 *
 * @param source where the model came from: a file path or a resource name
 * @param inputName the name of the image input, {@code images} in ultralytics exports
 * @param inputWidth the model input width in pixels
 * @param inputHeight the model input height in pixels
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
   * @param inputWidth the model input width in pixels
   * @param inputHeight the model input height in pixels
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
