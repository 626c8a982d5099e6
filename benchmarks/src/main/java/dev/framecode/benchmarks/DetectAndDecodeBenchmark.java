package dev.framecode.benchmarks;

import dev.framecode.Barcode;
import dev.framecode.Detection;
import dev.framecode.Frame;
import dev.framecode.Scanner;
import dev.framecode.onnx.OnnxDetector;
import dev.framecode.zxing.ZxingDecoder;
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

/**
 * What does one frame cost with the detector in front of the decoder, as a still-image {@link
 * Scanner} runs them: detect regions, decode each, and decode the whole frame when no region reads?
 * The same frame without the detector is {@link FrameDecodeBenchmark#framecodeFullFrame}. Every
 * call starts from the same BGR frame.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class DetectAndDecodeBenchmark {

  @Param({"720p", "1080p", "2160p"})
  public String resolution;

  /** {@code codes}: four codes of different kinds and sizes; {@code empty}: clutter only. */
  @Param({"codes", "empty"})
  public String scene;

  /** The model's square input size; see {@link Models} for the sizes other than 320. */
  @Param({"320", "416", "640"})
  public int inputSize;

  /** ONNX Runtime's intra-op threads for one call. */
  @Param({"1", "2"})
  public int threads;

  private Frame frame;
  private OnnxDetector detector;
  private ZxingDecoder decoder;
  private Scanner scanner;

  @Setup(Level.Trial)
  public void open() {
    frame = Scenes.render(Scenes.Resolution.named(resolution), scene.equals("codes"));
    detector = Models.open(inputSize, threads);
    decoder = new ZxingDecoder();
    scanner = Scanner.builder(decoder).detector(detector).build();
  }

  @TearDown(Level.Trial)
  public void close() {
    detector.close();
    decoder.close();
  }

  /** The detector alone: letterbox, inference, output decoding and suppression. */
  @Benchmark
  public List<Detection> detect() {
    return detector.detect(frame);
  }

  /** Detector, then the decode ladder on each region, then the whole frame if nothing read. */
  @Benchmark
  public List<Barcode> detectAndDecode() {
    return scanner.scan(frame);
  }
}
