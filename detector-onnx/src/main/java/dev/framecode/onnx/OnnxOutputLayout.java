package dev.framecode.onnx;

/** How a YOLOv8-format detection model lays out its one output tensor. */
public enum OnnxOutputLayout {
  /**
   * The ultralytics raw export, {@code [B, 4 + nc, N]}: for each of N candidates the box centre,
   * width and height in model-input pixels, then one score per class; no objectness.
   */
  RAW_CHANNELS_FIRST,
  /** The same as {@link #RAW_CHANNELS_FIRST}, transposed: {@code [B, N, 4 + nc]}. */
  RAW_CHANNELS_LAST,
  /**
   * An export with non-maximum suppression inside, {@code [B, max_det, 6]}: corners {@code x1, y1,
   * x2, y2} in model-input pixels, score, class index. Rows with score 0 are padding.
   */
  NMS
}
