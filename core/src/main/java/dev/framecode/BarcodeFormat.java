package dev.framecode;

import java.util.Optional;

/**
 * The barcode symbologies framecode knows. The names match ZXing's {@code BarcodeFormat}, so
 * reports use the names other tools already print; symbologies ZXing lacks are named the way
 * zxing-cpp names them.
 */
public enum BarcodeFormat {
  /** Aztec Code, a square 2D code with a bull's-eye at its centre. */
  AZTEC(false),
  /** Codabar, digits and a few symbols between start and stop letters. */
  CODABAR(true),
  /** Code 39, upper-case letters, digits and a few symbols. */
  CODE_39(true),
  /** Code 93, a denser Code 39 with check characters. */
  CODE_93(true),
  /** Code 128, all of ASCII; GS1-128 is read as this format. */
  CODE_128(true),
  /** Data Matrix, a square or oblong 2D code with an L-shaped border. */
  DATA_MATRIX(false),
  /** EAN-8, 8 digits. */
  EAN_8(true),
  /** EAN-13, 13 digits, on most retail goods outside North America. */
  EAN_13(true),
  /** Interleaved 2 of 5, pairs of digits. */
  ITF(true),
  /** MaxiCode, the hexagonal 2D code on parcel labels. */
  MAXICODE(false),
  /** Micro QR Code, which ZXing does not read. */
  MICRO_QR_CODE(false),
  /** PDF417, a stacked 2D code of rows. */
  PDF_417(false),
  /** QR Code. */
  QR_CODE(false),
  /** GS1 DataBar (formerly RSS-14). */
  RSS_14(true),
  /** GS1 DataBar Expanded. */
  RSS_EXPANDED(true),
  /** UPC-A, 12 digits, on retail goods in North America. */
  UPC_A(true),
  /** UPC-E, a 6-digit short form of UPC-A. */
  UPC_E(true),
  /** The 2- or 5-digit add-on of an EAN or UPC code, when read on its own. */
  UPC_EAN_EXTENSION(true);

  private final boolean linear;

  BarcodeFormat(boolean linear) {
    this.linear = linear;
  }

  /**
   * Returns the format whose {@link #name()} is exactly {@code name}: unlike {@link #valueOf}, an
   * unknown name is an ordinary answer, not an error.
   *
   * @param name a format name, such as {@code "QR_CODE"}
   * @return the format, or empty when no format has that name
   */
  public static Optional<BarcodeFormat> named(String name) {
    for (BarcodeFormat format : values()) {
      if (format.name().equals(name)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }

  /** {@return whether this is a one-dimensional (linear) symbology, read along a line of bars} */
  public boolean isLinear() {
    return linear;
  }
}
