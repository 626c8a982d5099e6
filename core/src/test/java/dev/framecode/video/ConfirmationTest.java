package dev.framecode.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.framecode.BarcodeFormat;
import org.junit.jupiter.api.Test;

class ConfirmationTest {

  @Test
  void theDefaultTrustsOneReadOfAnErrorCorrectedCode() {
    assertThat(Confirmation.DEFAULT.confirms(BarcodeFormat.QR_CODE, 1)).isTrue();
    assertThat(Confirmation.DEFAULT.confirms(BarcodeFormat.DATA_MATRIX, 1)).isTrue();
  }

  @Test
  void theDefaultNeedsTwoReadsOfALinearCode() {
    assertThat(Confirmation.DEFAULT.confirms(BarcodeFormat.UPC_E, 1)).isFalse();
    assertThat(Confirmation.DEFAULT.confirms(BarcodeFormat.EAN_8, 1)).isFalse();
    assertThat(Confirmation.DEFAULT.confirms(BarcodeFormat.EAN_8, 2)).isTrue();
  }

  @Test
  void withoutTrustingChecksumsEveryCodeNeedsTheFrameCount() {
    Confirmation strict = new Confirmation(3, false);

    assertThat(strict.confirms(BarcodeFormat.QR_CODE, 2)).isFalse();
    assertThat(strict.confirms(BarcodeFormat.QR_CODE, 3)).isTrue();
  }

  @Test
  void rejectsAFrameCountBelowOne() {
    assertThatThrownBy(() -> new Confirmation(0, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minFrames must be >= 1, got 0");
  }
}
