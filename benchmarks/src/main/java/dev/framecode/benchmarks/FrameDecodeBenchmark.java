package dev.framecode.benchmarks;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.PlanarYUVLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.GenericMultipleBarcodeReader;
import dev.framecode.Barcode;
import dev.framecode.Frame;
import dev.framecode.zxing.ZxingDecoder;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What does reading one whole frame cost with framecode's decoder, against the ZXing calls a user
 * would otherwise write? Each benchmark starts from the same BGR frame, so conversion to gray is
 * part of every measurement. Sample mode times every call: the score is their mean, and the
 * percentiles come with it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class FrameDecodeBenchmark {

  @Param({"720p", "1080p", "2160p"})
  public String resolution;

  /** {@code codes}: four codes of different kinds and sizes; {@code empty}: clutter only. */
  @Param({"codes", "empty"})
  public String scene;

  private Frame frame;
  private ZxingDecoder decoder;
  private Map<DecodeHintType, Object> hints;

  @Setup(Level.Trial)
  public void render() {
    frame = Scenes.render(Scenes.Resolution.named(resolution), scene.equals("codes"));
    decoder = new ZxingDecoder();
    hints =
        Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE, DecodeHintType.ALSO_INVERTED, Boolean.TRUE);
  }

  /** framecode's ladder on the whole frame, several codes per frame. */
  @Benchmark
  public List<Barcode> framecodeFullFrame() {
    return decoder.decode(frame);
  }

  /** Baseline: ZXing's MultiFormatReader with TRY_HARDER on the whole frame, one code. */
  @Benchmark
  public Result zxingMultiFormatReader() {
    MultiFormatReader reader = new MultiFormatReader();
    try {
      return reader.decode(bitmap(), hints);
    } catch (NotFoundException e) {
      return null;
    }
  }

  /** Baseline: ZXing's GenericMultipleBarcodeReader with TRY_HARDER, several codes. */
  @Benchmark
  public Result[] zxingGenericMultipleReader() {
    try {
      return new GenericMultipleBarcodeReader(new MultiFormatReader())
          .decodeMultiple(bitmap(), hints);
    } catch (NotFoundException e) {
      return new Result[0];
    }
  }

  private BinaryBitmap bitmap() {
    LuminanceSource source =
        new PlanarYUVLuminanceSource(
            frame.toGray(),
            frame.width(),
            frame.height(),
            0,
            0,
            frame.width(),
            frame.height(),
            false);
    return new BinaryBitmap(new HybridBinarizer(source));
  }
}
