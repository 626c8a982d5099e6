package dev.framecode.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.framecode.Detection;
import dev.framecode.Frame;
import dev.framecode.Rect;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs the constant-output test models in each output layout and checks the exact boxes after the
 * letterbox is undone. The models' boxes, in 320 x 320 input pixels, are a barcode at (120,
 * 140)-(200, 180) scoring 0.9, a qr at (90, 190)-(110, 210) scoring 0.7 and a qr at (122,
 * 140)-(200, 180) scoring 0.6; see make_test_models.py.
 */
class OnnxDetectorLayoutTest {

  private static List<Detection> detect(String model, int width, int height) {
    return detect(model, width, height, OnnxDetectorOptions.defaults());
  }

  private static List<Detection> detect(
      String model, int width, int height, OnnxDetectorOptions options) {
    try (OnnxDetector detector = OnnxDetector.open(TestModels.path(model), options)) {
      return detector.detect(TestModels.greyFrame(width, height));
    }
  }

  private static void assertBox(Detection d, String label, double score, Rect expected) {
    assertThat(d.label()).isEqualTo(label);
    assertThat((double) d.score()).isCloseTo(score, within(1e-6));
    assertThat(d.box().x()).isCloseTo(expected.x(), within(1e-4));
    assertThat(d.box().y()).isCloseTo(expected.y(), within(1e-4));
    assertThat(d.box().width()).isCloseTo(expected.width(), within(1e-4));
    assertThat(d.box().height()).isCloseTo(expected.height(), within(1e-4));
  }

  @Test
  void rawChannelsFirstBoxesMapBackIntoAWideFrame() {
    List<Detection> found = detect("raw_channels_first.onnx", 1280, 640);

    assertThat(found).hasSize(3);
    assertBox(found.get(0), "barcode", 0.9, new Rect(480, 240, 320, 160));
    assertBox(found.get(1), "qr", 0.7, new Rect(360, 440, 80, 80));
    assertBox(found.get(2), "qr", 0.6, new Rect(488, 240, 312, 160));
  }

  @Test
  void rawChannelsFirstBoxesMapBackIntoATallFrame() {
    List<Detection> found = detect("raw_channels_first.onnx", 640, 1280);

    assertThat(found).hasSize(3);
    assertBox(found.get(0), "barcode", 0.9, new Rect(160, 560, 320, 160));
    assertBox(found.get(1), "qr", 0.7, new Rect(40, 760, 80, 80));
    assertBox(found.get(2), "qr", 0.6, new Rect(168, 560, 312, 160));
  }

  @Test
  void boxesMapBackExactlyWhenTheScaledFrameIsRounded() {
    // 333 x 1000 scales by 0.32 to 106.56 x 320, rounded to 107 x 320 and placed at x = 106.
    List<Detection> found = detect("raw_channels_first.onnx", 333, 1000);

    double sx = 107.0 / 333;
    double sy = 320.0 / 1000;
    Rect expected = Rect.ofCorners((120 - 106) / sx, 140 / sy, (200 - 106) / sx, 180 / sy);
    assertBox(found.get(0), "barcode", 0.9, expected);
  }

  @Test
  void rawChannelsLastGivesTheSameBoxes() {
    List<Detection> found = detect("raw_channels_last.onnx", 1280, 640);

    assertThat(found).hasSize(3);
    assertBox(found.get(0), "barcode", 0.9, new Rect(480, 240, 320, 160));
    assertBox(found.get(1), "qr", 0.7, new Rect(360, 440, 80, 80));
  }

  @Test
  void exportWithNmsInsideGivesTheSameBoxes() {
    List<Detection> found = detect("nms.onnx", 640, 1280);

    assertThat(found).hasSize(2);
    assertBox(found.get(0), "barcode", 0.9, new Rect(160, 560, 320, 160));
    assertBox(found.get(1), "qr", 0.7, new Rect(40, 760, 80, 80));
  }

  @Test
  void classAgnosticSuppressionDropsTheOverlappingQr() {
    OnnxDetectorOptions agnostic = OnnxDetectorOptions.builder().classAgnostic(true).build();

    List<Detection> found = detect("raw_channels_first.onnx", 1280, 640, agnostic);

    assertThat(found).extracting(Detection::score).containsExactly(0.9f, 0.7f);
  }

  @Test
  void scoreThresholdAndMaxDetectionsLimitTheResult() {
    OnnxDetectorOptions strict =
        OnnxDetectorOptions.builder().scoreThreshold(0.65f).maxDetections(1).build();

    List<Detection> found = detect("raw_channels_first.onnx", 1280, 640, strict);

    assertThat(found).extracting(Detection::label).containsExactly("barcode");
  }

  @Test
  void nonSquareModelInputPadsEachAxisOnItsOwn() {
    // 1280 x 640 into 320 x 256: scale 0.25, 320 x 160 placed at y = 48.
    List<Detection> found = detect("raw_input_320x256.onnx", 1280, 640);

    assertBox(found.get(0), "barcode", 0.9, new Rect(480, 368, 320, 160));
  }

  @Test
  void dynamicInputTakesItsLargestSizeFromImgszAndPadsOnlyToTheStride() {
    try (OnnxDetector detector = OnnxDetector.open(TestModels.path("dynamic_input.onnx"))) {
      assertThat(detector.modelInfo().inputWidth()).isEqualTo(320);
      assertThat(detector.modelInfo().dynamicSize()).isTrue();
      // 1280 x 640 scales to 320 x 160, a multiple of 32: no padding, so the model's box at y 140
      // to 180 in input pixels is y 560 to 720 in the frame, cut at its bottom edge.
      assertBox(
          detector.detect(TestModels.greyFrame(1280, 640)).get(0),
          "barcode",
          0.9,
          new Rect(480, 560, 320, 80));
    }
  }

  @Test
  void dynamicInputPaddedToSquareWhenAsked() {
    OnnxDetectorOptions square = OnnxDetectorOptions.builder().padToSquare(true).build();

    // 1280 x 640 into 320 x 320: scale 0.25, 320 x 160 placed at y = 80.
    List<Detection> found = detect("dynamic_input.onnx", 1280, 640, square);

    assertBox(found.get(0), "barcode", 0.9, new Rect(480, 240, 320, 160));
  }

  @Test
  void gridSizedCandidateCountMarksAnAmbiguousShapeAsRaw() {
    try (OnnxDetector detector = OnnxDetector.open(TestModels.path("raw_grid_two_classes.onnx"))) {
      assertThat(detector.modelInfo().layout()).isEqualTo(OnnxOutputLayout.RAW_CHANNELS_LAST);
      assertBox(
          detector.detect(TestModels.greyFrame(640, 640)).get(0),
          "qr",
          0.95,
          new Rect(240, 280, 160, 80));
    }
  }

  @Test
  void modelWithoutMetadataGetsNumberedClassNames() {
    try (OnnxDetector detector = OnnxDetector.open(TestModels.path("raw_no_metadata.onnx"))) {
      OnnxModelInfo info = detector.modelInfo();

      assertThat(info.layout()).isEqualTo(OnnxOutputLayout.RAW_CHANNELS_FIRST);
      assertThat(info.names()).containsExactly("class0", "class1");
      assertThat(detector.detect(TestModels.greyFrame(320, 320))).hasSize(3);
    }
  }

  @Test
  void modelInfoReportsTheUltralyticsMetadata() {
    try (OnnxDetector detector = OnnxDetector.open(TestModels.path("raw_channels_first.onnx"))) {
      OnnxModelInfo info = detector.modelInfo();

      assertThat(info.inputName()).isEqualTo("images");
      assertThat(info.names()).containsExactly("barcode", "qr");
      assertThat(info.stride()).isEqualTo(32);
      assertThat(info.description()).isEqualTo("framecode test model");
      assertThat(info.version()).isEqualTo("test");
    }
  }

  @Test
  void repeatedCallsFromOneThreadReuseOneInputBuffer() {
    try (OnnxDetector detector = OnnxDetector.open(TestModels.path("raw_channels_first.onnx"))) {
      Frame frame = TestModels.greyFrame(640, 480);
      for (int i = 0; i < 200; i++) {
        assertThat(detector.detect(frame)).hasSize(3);
      }

      assertThat(detector.pooledBuffers()).isEqualTo(1);
    }
  }

  @Test
  void detectAfterCloseIsRefused() {
    OnnxDetector detector = OnnxDetector.open(TestModels.path("nms.onnx"));
    detector.close();

    assertThatThrownBy(() -> detector.detect(TestModels.greyFrame(10, 10)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
  }
}
