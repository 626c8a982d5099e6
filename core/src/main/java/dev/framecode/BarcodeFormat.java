package dev.framecode;

import java.util.Optional;

/**
 * The barcode symbologies framecode knows. The names match ZXing's {@code BarcodeFormat}, so
 * reports use the names other tools already print; symbologies ZXing lacks are named the way
 * zxing-cpp names them.
 */
public enum BarcodeFormat {
  AZTEC(false),
  CODABAR(true),
  CODE_39(true),
  CODE_93(true),
  CODE_128(true),
  DATA_MATRIX(false),
  EAN_8(true),
  EAN_13(true),
  ITF(true),
  MAXICODE(false),
  /** Micro QR Code, which ZXing does not read. */
  MICRO_QR_CODE(false),
  PDF_417(false),
  QR_CODE(false),
  /** GS1 DataBar (formerly RSS-14). */
  RSS_14(true),
  /** GS1 DataBar Expanded. */
  RSS_EXPANDED(true),
  UPC_A(true),
  UPC_E(true),
  /** The 2- or 5-digit add-on of an EAN or UPC code, when read on its own. */
  UPC_EAN_EXTENSION(true);

  private final boolean linear;

  BarcodeFormat(boolean linear) {
    this.linear = linear;
  }

  /**
   * Returns the format whose {@link #name()} is exactly {@code name}, or empty when none is: unlike
   * {@link #valueOf}, an unknown name is an ordinary answer, not an error.
   */
  public static Optional<BarcodeFormat> named(String name) {
    for (BarcodeFormat format : values()) {
      if (format.name().equals(name)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }

  /** Returns whether this is a one-dimensional (linear) symbology, read along a line of bars. */
  public boolean isLinear() {
    return linear;
  }
}
