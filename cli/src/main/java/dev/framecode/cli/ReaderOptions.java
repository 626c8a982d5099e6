package dev.framecode.cli;

import dev.framecode.BarcodeFormat;
import dev.framecode.CompositeDecoder;
import dev.framecode.Decoder;
import dev.framecode.boofcv.BoofcvDecoder;
import dev.framecode.zxing.ZxingDecoder;
import dev.framecode.zxing.ZxingDecoderOptions;
import java.util.EnumSet;
import java.util.Set;
import picocli.CommandLine.Option;

/** The options that choose how frames are read, shared by the commands that read them. */
final class ReaderOptions {

  @Option(
      names = "--formats",
      split = ",",
      paramLabel = "FORMAT",
      description =
          "Only look for these formats, comma separated (default: all). One of:"
              + " ${COMPLETION-CANDIDATES}.")
  EnumSet<BarcodeFormat> formats;

  /**
   * Returns a decoder configured by these options: ZXing first, then BoofCV for the QR, Micro QR
   * and Aztec codes ZXing did not read. The caller closes it.
   */
  Decoder openDecoder() {
    Set<BarcodeFormat> wanted =
        formats == null || formats.isEmpty() ? EnumSet.allOf(BarcodeFormat.class) : formats;
    BoofcvDecoder boofcv = new BoofcvDecoder(wanted);
    if (wanted.equals(EnumSet.of(BarcodeFormat.MICRO_QR_CODE))) {
      return boofcv;
    }
    ZxingDecoder zxing = new ZxingDecoder(ZxingDecoderOptions.builder().formats(wanted).build());
    return boofcv.formats().isEmpty() ? zxing : CompositeDecoder.untilFound(zxing, boofcv);
  }
}
