package dev.framecode.onnx;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import dev.framecode.InvalidModelException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Works out from an open session's inputs, outputs and metadata what kind of YOLOv8 export it
 * holds, and refuses anything else with an {@link InvalidModelException} that names the shape
 * found.
 */
final class ModelReader {

  private static final int[] STRIDES = {8, 16, 32};

  private final String source;
  private final OrtSession session;

  ModelReader(String source, OrtSession session) {
    this.source = source;
    this.session = session;
  }

  OnnxModelInfo read() throws OrtException {
    UltralyticsMetadata meta =
        new UltralyticsMetadata(source, session.getMetadata().getCustomMetadata());
    meta.requireDetectTask();
    Map.Entry<String, TensorInfo> input = onlyInput();
    int[] size = inputSize(input.getValue(), meta);
    TensorInfo output = firstOutput();
    List<String> names = meta.names();
    OnnxOutputLayout layout = layout(output.getShape(), names, size, meta);
    if (names == null) {
      names = defaultNames(layout, output.getShape());
    }
    checkClassCount(layout, output.getShape(), names);
    String description = orEmpty(meta.get("description"));
    String version = orEmpty(meta.get("version"));
    long[] inputShape = input.getValue().getShape();
    return new OnnxModelInfo(
        source,
        input.getKey(),
        size[1],
        size[0],
        inputShape[2] <= 0 || inputShape[3] <= 0,
        layout,
        names,
        meta.stride(),
        description,
        version);
  }

  private Map.Entry<String, TensorInfo> onlyInput() throws OrtException {
    Map<String, NodeInfo> inputs = session.getInputInfo();
    if (inputs.size() != 1) {
      throw invalid("must have one input, an image batch, but has " + inputs.keySet());
    }
    NodeInfo node = inputs.values().iterator().next();
    if (!(node.getInfo() instanceof TensorInfo tensor)
        || tensor.type != OnnxJavaType.FLOAT
        || tensor.getShape().length != 4
        || tensor.getShape()[1] != 3) {
      throw invalid(
          "input '"
              + node.getName()
              + "' must be a float tensor [B, 3, H, W] but is "
              + describe(node.getInfo()));
    }
    return Map.entry(node.getName(), tensor);
  }

  /** Returns {@code [height, width]}: from the input shape, or from {@code imgsz} if dynamic. */
  private int[] inputSize(TensorInfo input, UltralyticsMetadata meta) {
    long[] shape = input.getShape();
    int[] imgsz = meta.imgsz();
    if (shape[2] > 0 && shape[3] > 0) {
      if (imgsz != null && (imgsz[0] != shape[2] || imgsz[1] != shape[3])) {
        throw invalid(
            "states imgsz "
                + Arrays.toString(imgsz)
                + " but its input is "
                + Arrays.toString(shape));
      }
      return new int[] {(int) shape[2], (int) shape[3]};
    }
    if (imgsz == null) {
      throw invalid(
          "has a dynamic input size "
              + Arrays.toString(shape)
              + " and no 'imgsz' metadata to choose one");
    }
    return imgsz;
  }

  private TensorInfo firstOutput() throws OrtException {
    NodeInfo node = session.getOutputInfo().values().iterator().next();
    if (!(node.getInfo() instanceof TensorInfo tensor)
        || tensor.type != OnnxJavaType.FLOAT
        || tensor.getShape().length != 3) {
      throw invalid(
          "output '"
              + node.getName()
              + "' must be a float tensor [B, 4 + classes, N], [B, N, 4 + classes] or"
              + " [B, max_det, 6] but is "
              + describe(node.getInfo()));
    }
    return tensor;
  }

  /**
   * Decides the layout from the output shape. With class names known, a dimension of {@code 4 + nc}
   * marks a raw export; a last dimension of 6 with nothing else matching marks an export with NMS
   * inside. When both could hold (two classes, last dimension 6), the {@code nms} metadata decides,
   * else whether the candidate count is the grid size of strides 8, 16 and 32.
   */
  private OnnxOutputLayout layout(
      long[] shape, List<String> names, int[] size, UltralyticsMetadata meta) {
    long a = shape[1];
    long b = shape[2];
    List<OnnxOutputLayout> fits = new ArrayList<>();
    if (names != null) {
      int channels = 4 + names.size();
      if (a == channels && b != channels) {
        fits.add(OnnxOutputLayout.RAW_CHANNELS_FIRST);
      }
      if (b == channels && a != channels) {
        fits.add(OnnxOutputLayout.RAW_CHANNELS_LAST);
      }
    } else if (a > 4 && (b < 0 || a < b)) {
      fits.add(OnnxOutputLayout.RAW_CHANNELS_FIRST);
    } else if (b > 4 && b != 6 && (a < 0 || b < a)) {
      fits.add(OnnxOutputLayout.RAW_CHANNELS_LAST);
    }
    if (b == 6) {
      fits.add(OnnxOutputLayout.NMS);
    }
    if (fits.isEmpty()) {
      throw invalid(
          "has output shape "
              + Arrays.toString(shape)
              + (names == null ? "" : " with " + names.size() + " classes")
              + ", which is none of [B, 4 + classes, N], [B, N, 4 + classes], [B, max_det, 6]");
    }
    if (fits.size() == 1) {
      return fits.get(0);
    }
    return disambiguate(shape, size, meta);
  }

  private OnnxOutputLayout disambiguate(long[] shape, int[] size, UltralyticsMetadata meta) {
    String nms = meta.get("nms");
    if (nms != null) {
      return nms.strip().equalsIgnoreCase("true")
          ? OnnxOutputLayout.NMS
          : OnnxOutputLayout.RAW_CHANNELS_LAST;
    }
    long grid = 0;
    for (int s : STRIDES) {
      grid += (long) (size[0] / s) * (size[1] / s);
    }
    return shape[1] == grid ? OnnxOutputLayout.RAW_CHANNELS_LAST : OnnxOutputLayout.NMS;
  }

  private List<String> defaultNames(OnnxOutputLayout layout, long[] shape) {
    int count =
        switch (layout) {
          case RAW_CHANNELS_FIRST -> (int) shape[1] - 4;
          case RAW_CHANNELS_LAST -> (int) shape[2] - 4;
          case NMS -> 1;
        };
    List<String> names = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      names.add(count == 1 ? "barcode" : "class" + i);
    }
    return names;
  }

  private void checkClassCount(OnnxOutputLayout layout, long[] shape, List<String> names) {
    long channels =
        switch (layout) {
          case RAW_CHANNELS_FIRST -> shape[1];
          case RAW_CHANNELS_LAST -> shape[2];
          case NMS -> 4 + names.size();
        };
    if (channels != 4 + names.size()) {
      throw invalid(
          "names "
              + names.size()
              + " classes but its output "
              + Arrays.toString(shape)
              + " has "
              + (channels - 4));
    }
  }

  private static String describe(Object info) {
    if (info instanceof TensorInfo tensor) {
      return tensor.type + " " + Arrays.toString(tensor.getShape());
    }
    return String.valueOf(info);
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s.strip();
  }

  private InvalidModelException invalid(String problem) {
    return new InvalidModelException("model " + source + " " + problem);
  }
}
