package dev.framecode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DetectionTest {

  private static final Rect BOX = new Rect(10, 20, 30, 40);

  @Test
  void namesAFormatOnlyWhenItsLabelIsAFormatName() {
    assertThat(new Detection(BOX, 0.5f, 0, "QR_CODE").format()).contains(BarcodeFormat.QR_CODE);
    assertThat(new Detection(BOX, 0.5f, 3, "UPC_E").format()).contains(BarcodeFormat.UPC_E);
    assertThat(new Detection(BOX, 0.5f, 0, "barcode").format()).isEmpty();
    assertThat(new Detection(BOX, 0.5f, 0, "qr_code").format()).isEmpty();
    assertThat(new Detection(BOX, 0.5f, 0, "").format()).isEmpty();
  }

  @Test
  void refusesAScoreOutsideZeroToOneAndANegativeClass() {
    assertThatThrownBy(() -> new Detection(BOX, 1.5f, 0, "barcode"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("score");
    assertThatThrownBy(() -> new Detection(BOX, Float.NaN, 0, "barcode"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Detection(BOX, 0.5f, -1, "barcode"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("classId");
  }
}
