package dev.framecode.zxing;

import dev.framecode.BarcodeFormat;
import java.util.EnumSet;
import java.util.Set;

/** Maps between framecode's and ZXing's format enums, which share their names. */
final class ZxingFormats {
  private ZxingFormats() {}

  static BarcodeFormat fromZxing(com.google.zxing.BarcodeFormat format) {
    return BarcodeFormat.valueOf(format.name());
  }

  static com.google.zxing.BarcodeFormat toZxing(BarcodeFormat format) {
    return com.google.zxing.BarcodeFormat.valueOf(format.name());
  }

  static Set<com.google.zxing.BarcodeFormat> toZxing(Set<BarcodeFormat> formats) {
    Set<com.google.zxing.BarcodeFormat> zxing =
        EnumSet.noneOf(com.google.zxing.BarcodeFormat.class);
    for (BarcodeFormat format : formats) {
      zxing.add(toZxing(format));
    }
    return zxing;
  }
}
