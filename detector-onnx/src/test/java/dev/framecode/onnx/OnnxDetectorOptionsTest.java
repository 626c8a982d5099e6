package dev.framecode.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OnnxDetectorOptionsTest {

  @Test
  void defaultsSuitTheShippedModel() {
    OnnxDetectorOptions o = OnnxDetectorOptions.defaults();

    assertThat(o.scoreThreshold()).isEqualTo(0.25f);
    assertThat(o.iouThreshold()).isEqualTo(0.45f);
    assertThat(o.maxDetections()).isEqualTo(100);
    assertThat(o.classAgnostic()).isFalse();
    assertThat(o.intraOpThreads()).isEqualTo(1);
    assertThat(o.tiling()).isFalse();
  }

  @Test
  void toBuilderKeepsEveryValue() {
    OnnxDetectorOptions o =
        OnnxDetectorOptions.builder()
            .scoreThreshold(0.5f)
            .iouThreshold(0.6f)
            .maxDetections(7)
            .classAgnostic(true)
            .intraOpThreads(0)
            .tiling(true)
            .tilingMinScale(3)
            .tileOverlap(0.1)
            .build();

    assertThat(o.toBuilder().build()).usingRecursiveComparison().isEqualTo(o);
  }

  @Test
  void outOfRangeValuesAreRefusedNamingTheValue() {
    OnnxDetectorOptions.Builder b = OnnxDetectorOptions.builder();

    assertThatThrownBy(() -> b.scoreThreshold(1.5f)).hasMessageContaining("1.5");
    assertThatThrownBy(() -> b.iouThreshold(0)).hasMessageContaining("iouThreshold");
    assertThatThrownBy(() -> b.maxDetections(0)).hasMessageContaining("got 0");
    assertThatThrownBy(() -> b.intraOpThreads(-1)).hasMessageContaining("-1");
    assertThatThrownBy(() -> b.tilingMinScale(0.5)).hasMessageContaining("0.5");
    assertThatThrownBy(() -> b.tileOverlap(0.9)).hasMessageContaining("0.9");
  }
}
