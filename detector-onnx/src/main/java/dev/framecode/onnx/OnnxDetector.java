package dev.framecode.onnx;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.framecode.Detection;
import dev.framecode.Detector;
import dev.framecode.Frame;
import dev.framecode.FramecodeException;
import dev.framecode.InvalidModelException;
import dev.framecode.Rect;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds barcodes with a YOLOv8-format detection model on ONNX Runtime, on the CPU.
 *
 * <p>It reads ultralytics exports as they come: one input {@code [B, 3, H, W]} of RGB floats in [0,
 * 1], and an output in one of the {@link OnnxOutputLayout layouts}; class names, input size and
 * task come from the ultralytics metadata when present. Each frame is letterboxed into the model
 * input (grey 114 padding) and every box is mapped back exactly, so results are in frame pixels
 * whatever the frame's aspect ratio. With {@link OnnxDetectorOptions#tiling() tiling} on, large
 * frames are searched tile by tile too and the boxes merged.
 *
 * <p>Without a model of its own it uses framecode's shipped one-class barcode model (see {@link
 * #withDefaultModel()}); its model card lies beside it in this jar.
 *
 * <p>The detector holds a native session; close it when done, after every call has returned:
 *
 * <pre>{@code
 * try (OnnxDetector detector = OnnxDetector.open(Path.of("barcodes.onnx"),
 *     OnnxDetectorOptions.builder().scoreThreshold(0.4f).build())) {
 *   List<Detection> regions = detector.detect(frame);
 * }
 * }</pre>
 *
 * <p>Thread safety: {@link #detect} may be called from several threads at once. ONNX Runtime runs
 * one session concurrently; each call borrows an input buffer from a pool, and a call that finds
 * the pool empty makes a new buffer, so the pool grows to the number of threads that call at once
 * and no further. Every native tensor and result is closed before a call returns.
 */
public final class OnnxDetector implements Detector {

  /** The resource holding the shipped model; its model card is the same name ending in .md. */
  public static final String DEFAULT_MODEL = "/dev/framecode/onnx/framecode-barcode-320.onnx";

  private static final Logger log = LoggerFactory.getLogger(OnnxDetector.class);

  private final OrtSession session;
  private final OnnxModelInfo info;
  private final OnnxDetectorOptions options;
  private final OutputDecoder decoder;
  private final String outputName;
  private final ConcurrentLinkedQueue<FloatBuffer> buffers = new ConcurrentLinkedQueue<>();
  private volatile boolean closed;

  private OnnxDetector(OrtSession session, OnnxModelInfo info, OnnxDetectorOptions options)
      throws OrtException {
    this.session = session;
    this.info = info;
    this.options = options;
    this.decoder = new OutputDecoder(info, options.scoreThreshold());
    this.outputName = session.getOutputNames().iterator().next();
  }

  /**
   * {@return a detector on framecode's shipped barcode model with the default options}
   *
   * @throws InvalidModelException if the jar's model resource is missing or damaged
   */
  public static OnnxDetector withDefaultModel() {
    return withDefaultModel(OnnxDetectorOptions.defaults());
  }

  /**
   * {@return a detector on framecode's shipped barcode model}
   *
   * @param options thresholds, threads and tiling
   * @throws InvalidModelException if the jar's model resource is missing or damaged
   */
  public static OnnxDetector withDefaultModel(OnnxDetectorOptions options) {
    return open(DEFAULT_MODEL, readResource(DEFAULT_MODEL), options);
  }

  /**
   * {@return a detector on the model in {@code model} with the default options}
   *
   * @param model an ONNX file exported by ultralytics, or laid out the same way
   * @throws InvalidModelException if the file cannot be read, is not an ONNX model, or is not a
   *     YOLOv8-format detection model
   */
  public static OnnxDetector open(Path model) {
    return open(model, OnnxDetectorOptions.defaults());
  }

  /**
   * {@return a detector on the model in {@code model}}
   *
   * @param model an ONNX file exported by ultralytics, or laid out the same way
   * @param options thresholds, threads and tiling
   * @throws InvalidModelException if the file cannot be read, is not an ONNX model, or is not a
   *     YOLOv8-format detection model
   */
  public static OnnxDetector open(Path model, OnnxDetectorOptions options) {
    Objects.requireNonNull(model, "model");
    try {
      return open(model.toString(), Files.readAllBytes(model), options);
    } catch (IOException e) {
      throw new InvalidModelException("model " + model + " cannot be read: " + e, e);
    }
  }

  private static OnnxDetector open(String source, byte[] bytes, OnnxDetectorOptions options) {
    Objects.requireNonNull(options, "options");
    OrtSession session = createSession(source, bytes, options);
    try {
      OnnxModelInfo info = new ModelReader(source, session).read();
      log.debug("opened {} as {} with {}", source, info, options);
      return new OnnxDetector(session, info, options);
    } catch (OrtException | RuntimeException e) {
      closeQuietly(session, e);
      if (e instanceof InvalidModelException invalid) {
        throw invalid;
      }
      throw new InvalidModelException("model " + source + " cannot be inspected: " + e, e);
    }
  }

  private static OrtSession createSession(
      String source, byte[] bytes, OnnxDetectorOptions options) {
    try (OrtSession.SessionOptions so = new OrtSession.SessionOptions()) {
      so.setIntraOpNumThreads(options.intraOpThreads());
      so.setInterOpNumThreads(1);
      so.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
      return OrtEnvironment.getEnvironment().createSession(bytes, so);
    } catch (OrtException e) {
      throw new InvalidModelException(
          "model " + source + " is not an ONNX model ONNX Runtime can load: " + e.getMessage(), e);
    }
  }

  private static byte[] readResource(String name) {
    try (InputStream in = OnnxDetector.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new InvalidModelException("model resource " + name + " is missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read model resource " + name, e);
    }
  }

  private static void closeQuietly(OrtSession session, Exception cause) {
    try {
      session.close();
    } catch (OrtException e) {
      cause.addSuppressed(e);
    }
  }

  /** {@return what this detector learned about its model} */
  public OnnxModelInfo modelInfo() {
    return info;
  }

  /** {@return the options this detector runs with} */
  public OnnxDetectorOptions options() {
    return options;
  }

  /**
   * Returns the regions found in {@code frame}, in frame pixels, best first; an empty list when
   * there are none.
   *
   * @throws IllegalStateException if this detector is closed
   * @throws FramecodeException if ONNX Runtime fails to run the model
   */
  @Override
  public List<Detection> detect(Frame frame) {
    Objects.requireNonNull(frame, "frame");
    if (closed) {
      throw new IllegalStateException("detector on " + info.source() + " is closed");
    }
    List<Detection> candidates = new ArrayList<>(run(frame));
    if (options.tiling()) {
      candidates.addAll(detectInTiles(frame));
    }
    List<Detection> kept =
        Nms.suppress(
            candidates, options.iouThreshold(), options.classAgnostic(), options.maxDetections());
    log.trace("frame {}: {} candidates, {} kept", frame.index(), candidates.size(), kept.size());
    return kept;
  }

  private List<Detection> detectInTiles(Frame frame) {
    List<Rect> tiles =
        Tiles.of(
            frame.width(),
            frame.height(),
            info.inputWidth(),
            info.inputHeight(),
            options.tilingMinScale(),
            options.tileOverlap());
    List<Detection> found = new ArrayList<>();
    for (Rect tile : tiles) {
      Frame crop =
          frame.crop((int) tile.x(), (int) tile.y(), (int) tile.width(), (int) tile.height());
      for (Detection d : run(crop)) {
        if (!Tiles.cutByTile(d.box(), tile, frame.width(), frame.height())) {
          Rect box = d.box().translate(tile.x(), tile.y());
          found.add(new Detection(box, d.score(), d.classId(), d.label()));
        }
      }
    }
    return found;
  }

  /** Runs the model once on the whole of {@code image}; boxes in its pixels, not yet merged. */
  private List<Detection> run(Frame image) {
    Letterbox letterbox =
        info.dynamicSize() && !options.padToSquare()
            ? Letterbox.fitDynamic(
                image.width(), image.height(), info.inputWidth(), info.inputHeight(), info.stride())
            : Letterbox.fit(image.width(), image.height(), info.inputWidth(), info.inputHeight());
    FloatBuffer input = borrowBuffer();
    try {
      letterbox.fill(image, input);
      Output output = infer(input, letterbox.inputWidth(), letterbox.inputHeight());
      return decoder.decode(output.values(), output.shape(), letterbox);
    } catch (OrtException e) {
      throw new FramecodeException(
          "model " + info.source() + " failed on a " + image + ": " + e.getMessage(), e);
    } finally {
      buffers.offer(input);
    }
  }

  /** One image's raw model output, copied out of ONNX Runtime, and the output tensor's shape. */
  record Output(FloatBuffer values, long[] shape) {}

  /**
   * Runs the model once on {@code input}, a model input of the full input size as {@link
   * Letterbox#fill} writes it. The stages of {@link #run} are separate steps so that the benchmarks
   * can time inference alone.
   */
  Output infer(FloatBuffer input) throws OrtException {
    return infer(input, info.inputWidth(), info.inputHeight());
  }

  /** As {@link #infer(FloatBuffer)}, for an input of {@code width x height} pixels. */
  private Output infer(FloatBuffer input, int width, int height) throws OrtException {
    OrtEnvironment env = OrtEnvironment.getEnvironment();
    input.clear().limit(3 * width * height);
    long[] shape = {1, 3, height, width};
    try (OnnxTensor tensor = OnnxTensor.createTensor(env, input, shape);
        OrtSession.Result result =
            session.run(Map.of(info.inputName(), tensor), Set.of(outputName))) {
      OnnxTensor output = (OnnxTensor) result.get(0);
      return new Output(output.getFloatBuffer(), output.getInfo().getShape());
    }
  }

  private FloatBuffer borrowBuffer() {
    FloatBuffer buffer = buffers.poll();
    if (buffer != null) {
      // The last input may have been smaller than the largest.
      buffer.clear();
      return buffer;
    }
    int floats = 3 * info.inputWidth() * info.inputHeight();
    return ByteBuffer.allocateDirect(4 * floats).order(ByteOrder.nativeOrder()).asFloatBuffer();
  }

  /** Returns how many input buffers wait in the pool; for tests. */
  int pooledBuffers() {
    return buffers.size();
  }

  /** Releases the native session. Calls to {@link #detect} must have returned first. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    buffers.clear();
    try {
      session.close();
    } catch (OrtException e) {
      log.warn("closing the session of {} failed", info.source(), e);
    }
  }

  @Override
  public String toString() {
    return "OnnxDetector[" + info.source() + ", " + info.layout() + ", " + options + "]";
  }
}
