package dev.framecode.onnx;

import dev.framecode.Detection;
import dev.framecode.Frame;
import dev.framecode.benchmarks.Models;
import dev.framecode.benchmarks.Scenes;
import dev.framecode.zxing.ZxingDecoder;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.List;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Where does a detected frame's time go, stage by stage, outside the model? Each stage starts from
 * what the stage before it produced for the same frame, computed once in setup: the letterboxed
 * input, the model's raw output, the regions. Inference is {@link OnnxInferenceBenchmark}.
 *
 * <p>This class lives in the detector's package, on the class path beside the detector's jar, to
 * reach the package-private stages {@link OnnxDetector} runs; the detector's public API stays as it
 * is.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class OnnxStagesBenchmark {

  @Param({"720p", "1080p", "2160p"})
  public String resolution;

  /** {@code codes}: four codes of different kinds and sizes; {@code empty}: clutter only. */
  @Param({"codes", "empty"})
  public String scene;

  /** The model's square input size; see {@link Models} for the sizes other than 320. */
  @Param({"320", "416", "640"})
  public int inputSize;

  private Frame frame;
  private OnnxDetector detector;
  private OnnxDetectorOptions options;
  private OutputDecoder outputDecoder;
  private FloatBuffer input;
  private Letterbox letterbox;
  private OnnxDetector.Output output;
  private List<Detection> regions;
  private ZxingDecoder decoder;

  @Setup(Level.Trial)
  public void prepare() throws Exception {
    frame = Scenes.render(Scenes.Resolution.named(resolution), scene.equals("codes"));
    detector = Models.open(inputSize, 1);
    options = detector.options();
    OnnxModelInfo info = detector.modelInfo();
    outputDecoder = new OutputDecoder(info, options.scoreThreshold());
    input =
        ByteBuffer.allocateDirect(4 * 3 * info.inputWidth() * info.inputHeight())
            .order(ByteOrder.nativeOrder())
            .asFloatBuffer();
    letterbox = fit();
    letterbox.fill(frame, input);
    output = detector.infer(input);
    regions = detector.detect(frame);
    decoder = new ZxingDecoder();
  }

  @TearDown(Level.Trial)
  public void close() {
    detector.close();
    decoder.close();
  }

  /**
   * Fits the frame into the model input and writes it there as planar RGB floats: the pixel
   * conversion from BGR bytes and the resampling happen in this one pass.
   */
  @Benchmark
  public FloatBuffer letterbox() {
    fit().fill(frame, input);
    return input;
  }

  private Letterbox fit() {
    OnnxModelInfo info = detector.modelInfo();
    return Letterbox.fit(frame.width(), frame.height(), info.inputWidth(), info.inputHeight());
  }

  /** Reads candidates out of the model's raw output, maps them to frame pixels, suppresses. */
  @Benchmark
  public List<Detection> outputAndNms() {
    List<Detection> candidates = outputDecoder.decode(output.values(), output.shape(), letterbox);
    return Nms.suppress(
        candidates, options.iouThreshold(), options.classAgnostic(), options.maxDetections());
  }

  /** Crops each region the detector found and runs the decode ladder on it. */
  @Benchmark
  public void cropAndDecode(Blackhole blackhole) {
    for (Detection region : regions) {
      blackhole.consume(decoder.decode(frame, region));
    }
  }
}
