package dev.framecode.video;

import dev.framecode.BarcodeFormat;
import java.util.EnumSet;
import java.util.Set;

/**
 * When a payload read on a track counts as real: read in at least {@code minFrames} frames, or,
 * with {@code trustChecksum}, read once in a symbology whose error correction makes a misread
 * practically impossible (QR, Micro QR, Data Matrix, Aztec, PDF417, MaxiCode). Linear codes carry
 * at most a check digit, so a single read of one, an EAN-8 or UPC-E say, is never enough on its own
 * unless {@code minFrames} is 1.
 *
 * @param minFrames how many frames must read the same payload on one track, at least 1
 * @param trustChecksum whether one read of an error-corrected two-dimensional code suffices
 */
public record Confirmation(int minFrames, boolean trustChecksum) {

  private static final Set<BarcodeFormat> ERROR_CORRECTED =
      EnumSet.of(
          BarcodeFormat.QR_CODE,
          BarcodeFormat.MICRO_QR_CODE,
          BarcodeFormat.DATA_MATRIX,
          BarcodeFormat.AZTEC,
          BarcodeFormat.PDF_417,
          BarcodeFormat.MAXICODE);

  /** Two frames, or one read of an error-corrected two-dimensional code. */
  public static final Confirmation DEFAULT = new Confirmation(2, true);

  /**
   * Checks the rule.
   *
   * @param minFrames how many frames must read the same payload on one track, at least 1
   * @param trustChecksum whether one read of an error-corrected two-dimensional code suffices
   * @throws IllegalArgumentException if {@code minFrames} is less than 1
   */
  public Confirmation {
    if (minFrames < 1) {
      throw new IllegalArgumentException("minFrames must be >= 1, got " + minFrames);
    }
  }

  /**
   * {@return whether {@code reads} reads of a {@code format} payload confirm it}
   *
   * @param format the symbology the payload was read in
   * @param reads how many frames read the same payload on one track
   */
  public boolean confirms(BarcodeFormat format, int reads) {
    if (reads >= minFrames) {
      return true;
    }
    return trustChecksum && reads >= 1 && ERROR_CORRECTED.contains(format);
  }
}
