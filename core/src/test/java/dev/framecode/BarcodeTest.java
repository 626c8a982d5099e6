package dev.framecode;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BarcodeTest {

  private static Barcode at(String text, BarcodeFormat format, double x, double y) {
    return new Barcode(text, null, format, Quad.of(new Rect(x, y, 40, 10)), 0, 0);
  }

  @Test
  void aSecondReadingNearbyIsTheSameCode() {
    Barcode line = at("4006381333931", BarcodeFormat.EAN_13, 100, 100);
    Barcode lineBelow = at("4006381333931", BarcodeFormat.EAN_13, 102, 118);

    assertThat(line.isSameCodeAs(lineBelow)).isTrue();
  }

  @Test
  void anIdenticalLabelBesideItIsAnotherCode() {
    Barcode left = at("4006381333931", BarcodeFormat.EAN_13, 100, 100);
    Barcode right = at("4006381333931", BarcodeFormat.EAN_13, 200, 100);

    assertThat(left.isSameCodeAs(right)).isFalse();
  }

  @Test
  void anotherTextOrFormatAtTheSamePlaceIsAnotherCode() {
    Barcode code = at("4006381333931", BarcodeFormat.EAN_13, 100, 100);

    assertThat(code.isSameCodeAs(at("4006381333932", BarcodeFormat.EAN_13, 100, 100))).isFalse();
    assertThat(code.isSameCodeAs(at("4006381333931", BarcodeFormat.CODE_128, 100, 100))).isFalse();
  }

  @Test
  void rawBytesAreCopiedInAndOut() {
    byte[] raw = {1, 2, 3};
    Barcode barcode =
        new Barcode("x", raw, BarcodeFormat.QR_CODE, Quad.of(new Rect(0, 0, 1, 1)), 0, 0);

    raw[0] = 9;
    barcode.rawBytes()[1] = 9;

    assertThat(barcode.rawBytes()).containsExactly(1, 2, 3);
  }
}
