package dev.framecode.video;

import dev.framecode.Annotation;
import dev.framecode.Annotator;
import dev.framecode.Barcode;
import dev.framecode.Decoder;
import dev.framecode.Detection;
import dev.framecode.Detector;
import dev.framecode.Frame;
import dev.framecode.FrameSink;
import dev.framecode.FrameSource;
import dev.framecode.PixelFormat;
import dev.framecode.Rect;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

/**
 * Scans a whole video and reports each physical code once.
 *
 * <p>Four stages overlap: a reader thread reads frames; a small pool detects regions (every {@link
 * VideoScanOptions#detectInterval()} frames) and decodes whole frames (every {@link
 * VideoScanOptions#fullFrameInterval()} frames, or, with a detector, only where it found nothing);
 * the thread that called {@link #scan()} tracks codes across frames in order, decodes only the
 * regions of tracks that are new, unsettled or due a re-check, and votes on payloads; and, with a
 * sink, a writer thread writes annotated frames. Stages hand frames over through bounded queues, so
 * a slow stage slows the reader and memory stays flat on any length of video. Tracking runs on one
 * thread and the work it asks for does not depend on timing, so the same video and options give the
 * same report.
 *
 * <p>The scanner owns none of its parts: close the source, the decoder, the detector and the sink
 * after {@link #scan()} returns (closing the sink finishes the file).
 *
 * <pre>{@code
 * try (FrameSource source = FfmpegFrameSource.open(path);
 *     Decoder decoder = new ZxingDecoder()) {
 *   VideoReport report = VideoScanner.builder(source, decoder).build().scan();
 * }
 * }</pre>
 *
 * <p>A scanner scans once. {@link #cancel()}, or interrupting the scanning thread, stops it.
 */
public final class VideoScanner {

  private static final Frame END = Frame.wrap(new byte[1], 1, 1, PixelFormat.GRAY8);
  private static final Future<Analysis> NOTHING =
      CompletableFuture.completedFuture(new Analysis(List.of(), null));

  private final FrameSource source;
  private final Decoder decoder;
  private final Decoder wholeFrameDecoder;
  private final Detector detector;
  private final Annotator annotator;
  private final FrameSink sink;
  private final VideoScanListener listener;
  private final VideoScanOptions options;
  private final LongSupplier nanoTime;

  private final AtomicReference<Throwable> failure = new AtomicReference<>();
  private final AtomicLong fullFrameDecodes = new AtomicLong();
  private volatile boolean started;
  private volatile boolean stopping;
  private volatile boolean cancelled;
  private volatile Thread scanThread;

  private VideoScanner(Builder b) {
    this.source = b.source;
    this.decoder = b.decoder;
    this.wholeFrameDecoder = b.wholeFrameDecoder != null ? b.wholeFrameDecoder : b.decoder;
    this.detector = b.detector;
    this.annotator = b.annotator;
    this.sink = b.sink;
    this.listener = b.listener;
    this.options = b.options;
    this.nanoTime = b.nanoTime;
  }

  /**
   * {@return a builder for a scanner that reads {@code source} and decodes with {@code decoder}}
   *
   * @param source the frames to scan; the scanner does not close it
   * @param decoder the decoder for regions and, unless another is set, whole frames; not closed by
   *     the scanner
   */
  public static Builder builder(FrameSource source, Decoder decoder) {
    return new Builder(source, decoder);
  }

  /** What the pool found in one frame: detected regions, and the whole-frame reads if decoded. */
  private record Analysis(List<Detection> detections, List<Barcode> reads) {}

  /** A frame on its way from the reader to the tracker. */
  private record Pending(Frame frame, long ordinal, Future<Analysis> analysis) {}

  /**
   * Scans the source to its end and returns the report. Blocks until every thread the scan started
   * has finished.
   *
   * @return each confirmed code once, with when it was seen, and the totals of the scan
   * @throws CancellationException if {@link #cancel()} was called or the calling thread was
   *     interrupted (the interrupt flag is set again)
   * @throws IllegalStateException if this scanner already scanned
   * @throws RuntimeException what any stage or the listener threw, unchanged if unchecked, else
   *     wrapped as the cause
   */
  public VideoReport scan() {
    synchronized (this) {
      if (started) {
        throw new IllegalStateException("a VideoScanner scans once; this one already started");
      }
      started = true;
    }
    scanThread = Thread.currentThread();
    long start = nanoTime.getAsLong();
    Tracker tracker = new Tracker(options);
    BlockingQueue<Pending> pending = new ArrayBlockingQueue<>(options.queueCapacity());
    BlockingQueue<Frame> toWrite = new ArrayBlockingQueue<>(options.queueCapacity());
    ExecutorService pool = Executors.newFixedThreadPool(options.decodeThreads(), threads("decode"));
    Thread reader = threads("read").newThread(() -> readLoop(pending, pool));
    Thread writer = sink == null ? null : threads("write").newThread(() -> writeLoop(toWrite));
    long[] counts = new long[2];
    reader.start();
    if (writer != null) {
      writer.start();
    }
    try {
      trackLoop(pending, toWrite, tracker, start, counts);
    } catch (InterruptedException e) {
      cancelled = true;
    } catch (RuntimeException | Error e) {
      failure.compareAndSet(null, e);
    } finally {
      shutDown(reader, writer, toWrite, pool);
    }
    rethrowFailure();
    long elapsed = nanoTime.getAsLong() - start;
    return new VideoReport(
        source.info(),
        tracker.codes(),
        counts[0],
        fullFrameDecodes.get(),
        counts[1],
        tracker.tracksStarted(),
        elapsed);
  }

  /**
   * Stops a running scan soon: {@link #scan()} then throws {@link CancellationException}. Safe to
   * call from any thread, at any time, more than once.
   */
  public void cancel() {
    cancelled = true;
    stopping = true;
    Thread t = scanThread;
    if (t != null) {
      t.interrupt();
    }
  }

  // --- stages

  private void readLoop(BlockingQueue<Pending> pending, ExecutorService pool) {
    try {
      long ordinal = 0;
      while (!stopping) {
        Optional<Frame> next = source.read();
        if (next.isEmpty()) {
          break;
        }
        Frame frame = next.get();
        boolean detect = detector != null && ordinal % options.detectInterval() == 0;
        // With a detector, the first detecting frame of each whole-frame interval.
        boolean whole =
            ordinal % options.fullFrameInterval()
                < (detector == null ? 1 : options.detectInterval());
        Future<Analysis> analysis =
            !detect && (detector != null || !whole)
                ? NOTHING
                : pool.submit(() -> analyze(frame, whole));
        pending.put(new Pending(frame, ordinal++, analysis));
      }
    } catch (InterruptedException | RejectedExecutionException e) {
      return;
    } catch (RuntimeException | Error e) {
      failure.compareAndSet(null, e);
    }
    try {
      pending.put(new Pending(END, -1, NOTHING));
    } catch (InterruptedException e) {
      // The tracker has stopped waiting.
    }
  }

  private Analysis analyze(Frame frame, boolean wholeFrameDue) {
    List<Detection> detections = detector == null ? List.of() : detector.detect(frame);
    if (!detections.isEmpty() || !wholeFrameDue) {
      return new Analysis(detections, null);
    }
    fullFrameDecodes.incrementAndGet();
    return new Analysis(detections, wholeFrameDecoder.decode(frame));
  }

  private void trackLoop(
      BlockingQueue<Pending> pending,
      BlockingQueue<Frame> toWrite,
      Tracker tracker,
      long start,
      long[] counts)
      throws InterruptedException {
    while (true) {
      Pending next = pending.take();
      if (next.frame() == END || cancelled || failure.get() != null) {
        break;
      }
      Frame frame = next.frame();
      Analysis analysis = await(next.analysis());
      tracker.begin(
          next.ordinal(), frame.timestampMicros(), new Rect(0, 0, frame.width(), frame.height()));
      if (analysis.reads() != null) {
        tracker.observeReads(analysis.reads());
      }
      tracker.observeDetections(analysis.detections());
      for (Tracker.Request request : tracker.regionsToDecode()) {
        tracker.observeRegion(request, decodeRegion(frame, request));
        counts[1]++;
      }
      List<TrackedCode> codes = tracker.end();
      counts[0]++;
      if (sink != null) {
        toWrite.put(annotate(frame, codes));
      } else {
        // Detected, decoded and tracked: nothing holds the frame any more.
        source.recycle(frame);
      }
      listener.frameScanned(
          new FrameEvent(frame.index(), frame.timestampMicros(), analysis.reads() != null, codes));
      listener.progress(
          new ScanProgress(
              counts[0],
              source.info().frameCount(),
              Math.max(0, nanoTime.getAsLong() - start),
              tracker.confirmedCount()));
    }
    if (cancelled) {
      throw new InterruptedException("cancelled");
    }
  }

  private List<Barcode> decodeRegion(Frame frame, Tracker.Request request) {
    Rect inside = request.region().intersect(new Rect(0, 0, frame.width(), frame.height()));
    if (inside.width() < 1 || inside.height() < 1) {
      return List.of();
    }
    return decoder.decode(
        frame, new Detection(inside, 1f, 0, request.label()), request.earlierAttempts());
  }

  private Frame annotate(Frame frame, List<TrackedCode> codes) {
    if (annotator == null) {
      return frame;
    }
    List<Annotation> annotations = new ArrayList<>();
    for (TrackedCode code : codes) {
      annotations.add(code.annotation());
    }
    return annotator.draw(frame, annotations);
  }

  private void writeLoop(BlockingQueue<Frame> toWrite) {
    while (true) {
      Frame frame;
      try {
        frame = toWrite.take();
      } catch (InterruptedException e) {
        return;
      }
      if (frame == END) {
        return;
      }
      if (failure.get() == null) {
        try {
          sink.write(frame);
        } catch (RuntimeException | Error e) {
          // Keep draining so the tracker never blocks; it sees the failure and stops.
          failure.compareAndSet(null, e);
        }
      }
    }
  }

  // --- plumbing

  private Analysis await(Future<Analysis> analysis) throws InterruptedException {
    try {
      return analysis.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException("detecting or decoding a frame failed", cause);
    }
  }

  private void shutDown(
      Thread reader, Thread writer, BlockingQueue<Frame> toWrite, ExecutorService pool) {
    stopping = true;
    reader.interrupt();
    pool.shutdownNow();
    boolean interrupted = Thread.interrupted();
    if (writer != null) {
      if (failure.get() == null && !cancelled) {
        putUninterruptibly(toWrite, END);
      } else {
        writer.interrupt();
      }
    }
    interrupted |= joinUninterruptibly(reader);
    if (writer != null) {
      interrupted |= joinUninterruptibly(writer);
    }
    interrupted |= awaitUninterruptibly(pool);
    scanThread = null;
    if (interrupted) {
      cancelled = true;
      Thread.currentThread().interrupt();
    }
  }

  private void rethrowFailure() {
    Throwable t = failure.get();
    if (t instanceof RuntimeException r) {
      throw r;
    }
    if (t instanceof Error e) {
      throw e;
    }
    if (cancelled) {
      Thread.currentThread().interrupt();
      throw new CancellationException(
          "the video scan of " + source.info().name() + " was cancelled");
    }
  }

  private static void putUninterruptibly(BlockingQueue<Frame> queue, Frame frame) {
    boolean interrupted = false;
    while (true) {
      try {
        queue.put(frame);
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private static boolean joinUninterruptibly(Thread thread) {
    boolean interrupted = false;
    while (thread.isAlive()) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    return interrupted;
  }

  private static boolean awaitUninterruptibly(ExecutorService pool) {
    boolean interrupted = false;
    while (!pool.isTerminated()) {
      try {
        pool.awaitTermination(1, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    return interrupted;
  }

  private static java.util.concurrent.ThreadFactory threads(String stage) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "framecode-" + stage + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /** Collects a scanner's parts. Not thread-safe. */
  public static final class Builder {
    private final FrameSource source;
    private final Decoder decoder;
    private Decoder wholeFrameDecoder;
    private Detector detector;
    private Annotator annotator;
    private FrameSink sink;
    private VideoScanListener listener = new VideoScanListener() {};
    private VideoScanOptions options = VideoScanOptions.defaults();
    private LongSupplier nanoTime = System::nanoTime;

    private Builder(FrameSource source, Decoder decoder) {
      this.source = Objects.requireNonNull(source, "source");
      this.decoder = Objects.requireNonNull(decoder, "decoder");
    }

    /**
     * Sets the decoder for whole frames, where a quick pass that finds new codes pays more than a
     * thorough one, since tracks are then read region by region with the main decoder; {@code
     * null}, the default, uses the main decoder for both.
     *
     * @param wholeFrameDecoder the decoder for whole frames, or null; not closed by the scanner
     * @return this builder
     */
    public Builder wholeFrameDecoder(Decoder wholeFrameDecoder) {
      this.wholeFrameDecoder = wholeFrameDecoder;
      return this;
    }

    /**
     * Sets the detector that finds regions; {@code null}, the default, decodes whole frames.
     *
     * @param detector the detector, or null; not closed by the scanner
     * @return this builder
     */
    public Builder detector(Detector detector) {
      this.detector = detector;
      return this;
    }

    /**
     * Sets the annotator that draws tracks on frames before they go to the sink; {@code null}, the
     * default, writes frames as read.
     *
     * @param annotator the annotator, or null
     * @return this builder
     */
    public Builder annotator(Annotator annotator) {
      this.annotator = annotator;
      return this;
    }

    /**
     * Sets where to write every frame scanned; {@code null}, the default, writes nothing.
     *
     * @param sink the sink, or null; not closed by the scanner
     * @return this builder
     */
    public Builder sink(FrameSink sink) {
      this.sink = sink;
      return this;
    }

    /**
     * Sets who hears about each frame and the progress; default nobody.
     *
     * @param listener the listener, or null for none
     * @return this builder
     */
    public Builder listener(VideoScanListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Sets the options; default {@link VideoScanOptions#defaults()}.
     *
     * @param options the options
     * @return this builder
     */
    public Builder options(VideoScanOptions options) {
      this.options = Objects.requireNonNull(options, "options");
      return this;
    }

    /**
     * Sets the clock that times the scan, in nanoseconds; default {@link System#nanoTime()}.
     *
     * @param nanoTime a monotonic clock in nanoseconds
     * @return this builder
     */
    public Builder nanoTime(LongSupplier nanoTime) {
      this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
      return this;
    }

    /** {@return the scanner} */
    public VideoScanner build() {
      return new VideoScanner(this);
    }
  }
}
