package dev.framecode.cli;

import dev.framecode.BarcodeFormat;
import dev.framecode.CompositeDecoder;
import dev.framecode.Decoder;
import dev.framecode.Detector;
import dev.framecode.boofcv.BoofcvDecoder;
import dev.framecode.zxing.ZxingDecoder;
import dev.framecode.zxing.ZxingDecoderOptions;
import java.nio.file.Path;
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

  @Option(
      names = "--model",
      paramLabel = "FILE",
      description = "Find codes with this ONNX detector model before decoding (video only).")
  Path model;

  private Set<BarcodeFormat> wanted() {
    return formats == null || formats.isEmpty() ? EnumSet.allOf(BarcodeFormat.class) : formats;
  }

  /**
   * Returns a decoder configured by these options: ZXing first, then BoofCV for the QR, Micro QR
   * and Aztec codes ZXing did not read. The caller closes it.
   */
  Decoder openDecoder() {
    Set<BarcodeFormat> wanted = wanted();
    BoofcvDecoder boofcv = new BoofcvDecoder(wanted);
    if (wanted.equals(EnumSet.of(BarcodeFormat.MICRO_QR_CODE))) {
      return boofcv;
    }
    ZxingDecoder zxing = new ZxingDecoder(ZxingDecoderOptions.builder().formats(wanted).build());
    return boofcv.formats().isEmpty() ? zxing : CompositeDecoder.untilFound(zxing, boofcv);
  }

  /**
   * Returns the detector these options ask for, or {@code null} for none (decode whole frames). The
   * caller closes it.
   *
   * @throws UnsupportedOperationException if a model is given: this build has no ONNX detector
   */
  Detector openDetector() {
    if (model == null) {
      return null;
    }
    throw new UnsupportedOperationException(
        "--model " + model + ": the ONNX detector is not available in this build");
  }
}
