package dev.framecode.onnx;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.framecode.InvalidModelException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class InvalidModelTest {

  private static void assertRefused(String model, String... fragments) {
    assertThatThrownBy(() -> OnnxDetector.open(TestModels.path(model)).close())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining(model)
        .hasMessageContainingAll(fragments);
  }

  @Test
  void textFileIsRefusedAsNotAModel() {
    assertRefused("not_a_model.onnx", "is not an ONNX model");
  }

  @Test
  void missingFileIsRefused() {
    assertThatThrownBy(() -> OnnxDetector.open(Path.of("no/such/model.onnx")))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("no/such/model.onnx")
        .hasMessageContaining("cannot be read");
  }

  @Test
  void outputOfRankTwoIsRefusedNamingItsShape() {
    assertRefused("output_rank2.onnx", "output 'output0'", "[5, 6]");
  }

  @Test
  void oneChannelInputIsRefusedNamingItsShape() {
    assertRefused("input_one_channel.onnx", "input 'images'", "[1, 1, 320, 320]");
  }

  @Test
  void segmentationModelIsRefusedNamingItsTask() {
    assertRefused("task_segment.onnx", "'segment'", "only task 'detect'");
  }

  @Test
  void malformedNamesAreRefusedQuotingThem() {
    assertRefused("names_malformed.onnx", "'names'", "{0: barcode}");
  }

  @Test
  void classCountThatDoesNotMatchTheOutputIsRefused() {
    assertRefused("names_three_for_two.onnx", "[1, 6, 5]", "3 classes");
  }

  @Test
  void dynamicInputWithoutImgszIsRefused() {
    assertRefused("dynamic_input_no_imgsz.onnx", "dynamic input size", "'imgsz'");
  }
}
