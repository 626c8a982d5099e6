package dev.framecode.onnx;

import dev.framecode.Frame;
import dev.framecode.benchmarks.Models;
import dev.framecode.benchmarks.Scenes;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
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

/**
 * What does one run of the model cost, by input size and ONNX Runtime threads? The input is the
 * letterboxed 1080p scene with codes, written once in setup; the model's cost does not depend on
 * the picture, only on the input size, so this benchmark has no frame parameters. Each call
 * includes wrapping the input as a tensor and copying the output out, as the detector does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class OnnxInferenceBenchmark {

  /** The model's square input size; see {@link Models} for the sizes other than 320. */
  @Param({"320", "416", "640"})
  public int inputSize;

  /** ONNX Runtime's intra-op threads for one call. */
  @Param({"1", "2"})
  public int threads;

  private OnnxDetector detector;
  private FloatBuffer input;

  @Setup(Level.Trial)
  public void prepare() {
    Frame frame = Scenes.render(Scenes.Resolution.FULL_HD, true);
    detector = Models.open(inputSize, threads);
    OnnxModelInfo info = detector.modelInfo();
    input =
        ByteBuffer.allocateDirect(4 * 3 * info.inputWidth() * info.inputHeight())
            .order(ByteOrder.nativeOrder())
            .asFloatBuffer();
    Letterbox.fit(frame.width(), frame.height(), info.inputWidth(), info.inputHeight())
        .fill(frame, input);
  }

  @TearDown(Level.Trial)
  public void close() {
    detector.close();
  }

  /** Runs the model once. */
  @Benchmark
  public FloatBuffer inference() throws Exception {
    return detector.infer(input).values();
  }
}
