package dev.framecode.zxing;

import dev.framecode.BarcodeFormat;
import java.util.EnumSet;
import java.util.Set;

/** Maps between framecode's and ZXing's format enums, which share their names. */
final class ZxingFormats {
  private ZxingFormats() {}

  /** The formats that ZXing reads. */
  static final Set<BarcodeFormat> SUPPORTED = supported();

  private static Set<BarcodeFormat> supported() {
    EnumSet<BarcodeFormat> formats = EnumSet.noneOf(BarcodeFormat.class);
    for (com.google.zxing.BarcodeFormat format : com.google.zxing.BarcodeFormat.values()) {
      formats.add(fromZxing(format));
    }
    return Set.copyOf(formats);
  }

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
