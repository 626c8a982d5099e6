package dev.framecode.onnx;

import dev.framecode.Detection;
import dev.framecode.Rect;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;

/** Turns one image's model output into detections in frame pixels, before suppression. */
final class OutputDecoder {

  private final OnnxModelInfo model;
  private final float scoreThreshold;

  OutputDecoder(OnnxModelInfo model, float scoreThreshold) {
    this.model = model;
    this.scoreThreshold = scoreThreshold;
  }

  /**
   * Returns the candidates scoring at least the threshold, mapped through {@code letterbox}.
   *
   * @param output the first image's output values, in the model's layout
   * @param shape the output tensor's shape, rank 3
   */
  List<Detection> decode(FloatBuffer output, long[] shape, Letterbox letterbox) {
    return switch (model.layout()) {
      case RAW_CHANNELS_FIRST -> decodeRaw(output, (int) shape[2], (int) shape[2], 1, letterbox);
      case RAW_CHANNELS_LAST -> decodeRaw(output, (int) shape[1], 1, (int) shape[2], letterbox);
      case NMS -> decodeNms(output, (int) shape[1], letterbox);
    };
  }

  /**
   * Reads candidate {@code i}'s channel {@code c} at {@code i * candidateStep + c * channelStep}.
   */
  private List<Detection> decodeRaw(
      FloatBuffer out, int count, int channelStep, int candidateStep, Letterbox letterbox) {
    int classes = model.classCount();
    List<Detection> found = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int base = i * candidateStep;
      int best = 0;
      float score = out.get(base + 4 * channelStep);
      for (int c = 1; c < classes; c++) {
        float s = out.get(base + (4 + c) * channelStep);
        if (s > score) {
          score = s;
          best = c;
        }
      }
      if (score < scoreThreshold) {
        continue;
      }
      float cx = out.get(base);
      float cy = out.get(base + channelStep);
      float w = out.get(base + 2 * channelStep);
      float h = out.get(base + 3 * channelStep);
      add(found, letterbox, cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2, score, best);
    }
    return found;
  }

  private List<Detection> decodeNms(FloatBuffer out, int rows, Letterbox letterbox) {
    List<Detection> found = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      int base = i * 6;
      float score = out.get(base + 4);
      int classId = Math.round(out.get(base + 5));
      if (score < scoreThreshold || score <= 0 || classId < 0 || classId >= model.classCount()) {
        continue;
      }
      add(
          found,
          letterbox,
          out.get(base),
          out.get(base + 1),
          out.get(base + 2),
          out.get(base + 3),
          score,
          classId);
    }
    return found;
  }

  private void add(
      List<Detection> found,
      Letterbox letterbox,
      double x1,
      double y1,
      double x2,
      double y2,
      float score,
      int classId) {
    if (!(Double.isFinite(x1 + y1 + x2 + y2) && Float.isFinite(score))) {
      return;
    }
    Rect box = letterbox.toFrame(x1, y1, x2, y2);
    if (box.width() <= 0 || box.height() <= 0) {
      return;
    }
    float clamped = Math.max(0f, Math.min(1f, score));
    found.add(new Detection(box, clamped, classId, model.names().get(classId)));
  }
}
