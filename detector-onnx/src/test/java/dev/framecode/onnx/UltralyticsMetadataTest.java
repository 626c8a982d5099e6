package dev.framecode.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.framecode.InvalidModelException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UltralyticsMetadataTest {

  private static UltralyticsMetadata meta(String key, String value) {
    return new UltralyticsMetadata("m.onnx", Map.of(key, value));
  }

  @Test
  void namesReadsThePythonDictLiteral() {
    assertThat(meta("names", "{0: 'barcode', 1: 'qr'}").names()).containsExactly("barcode", "qr");
  }

  @Test
  void namesAcceptsDoubleQuotesEscapesAndCommasInsideNames() {
    String literal = "{ 0 : \"1D, linear\", 1: 'it\\'s 2D' }";

    assertThat(meta("names", literal).names()).containsExactly("1D, linear", "it's 2D");
  }

  @Test
  void namesInAnyKeyOrderAreSortedById() {
    assertThat(meta("names", "{1: 'qr', 0: 'barcode'}").names()).containsExactly("barcode", "qr");
  }

  @Test
  void namesWithAGapInTheIdsAreRefused() {
    assertThatThrownBy(() -> meta("names", "{0: 'a', 2: 'c'}").names())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContainingAll("m.onnx", "'names'", "class ids not 0..1", "{0: 'a', 2: 'c'}");
  }

  @Test
  void malformedNamesAreRefusedQuotingTheValue() {
    for (String bad : new String[] {"['barcode']", "{0: barcode}", "{0: 'a'", "{}", "{0: 'a'} x"}) {
      assertThatThrownBy(() -> meta("names", bad).names())
          .isInstanceOf(InvalidModelException.class)
          .hasMessageContainingAll("m.onnx", "'names'", bad);
    }
  }

  @Test
  void imgszReadsHeightThenWidth() {
    assertThat(meta("imgsz", "[480, 640]").imgsz()).containsExactly(480, 640);
  }

  @Test
  void imgszAcceptsOneSizeForASquareInput() {
    assertThat(meta("imgsz", "320").imgsz()).containsExactly(320, 320);
  }

  @Test
  void malformedImgszIsRefusedQuotingTheValue() {
    for (String bad : new String[] {"[640,", "[0, 640]", "[a, b]", "[1, 2, 3]"}) {
      assertThatThrownBy(() -> meta("imgsz", bad).imgsz())
          .isInstanceOf(InvalidModelException.class)
          .hasMessageContainingAll("m.onnx", "'imgsz'", bad);
    }
  }

  @Test
  void strideDefaultsTo32AndRefusesNonNumbers() {
    assertThat(new UltralyticsMetadata("m.onnx", Map.of()).stride()).isEqualTo(32);
    assertThat(meta("stride", "16").stride()).isEqualTo(16);
    assertThatThrownBy(() -> meta("stride", "big").stride())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContainingAll("'stride'", "big");
  }

  @Test
  void taskOtherThanDetectIsRefused() {
    assertThatThrownBy(() -> meta("task", "pose").requireDetectTask())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContainingAll("m.onnx", "'pose'", "'detect'");
  }

  @Test
  void missingTaskIsAccepted() {
    new UltralyticsMetadata("m.onnx", Map.of()).requireDetectTask();
  }
}
