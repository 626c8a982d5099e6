package dev.framecode.javacv;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_H264;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_BGR24;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_GRAY8;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_RGB24;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;

import dev.framecode.Frame;
import dev.framecode.FrameSink;
import dev.framecode.FramecodeException;
import dev.framecode.PixelFormat;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.FrameRecorder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes frames into an MP4 file as H.264 in yuv420p, with the index at the front of the file
 * (faststart), so that browsers play it while it downloads.
 *
 * <p>Frames are written one after another at the options' constant frame rate; their own indexes
 * and timestamps are not used. The first frame fixes the size of the video: later frames must have
 * the same size, in any pixel format. H.264 in yuv420p needs an even width and height, so an odd
 * size is scaled down by one pixel.
 *
 * <p>The encoder starts with the first frame, and {@link #close()} finishes the file; a sink closed
 * without any frame writes no file. A sink holds native memory and the file: close it, and use it
 * from one thread at a time.
 *
 * <pre>{@code
 * try (FfmpegFrameSource source = FfmpegFrameSource.open(in);
 *     FfmpegFrameSink sink = FfmpegFrameSink.open(out, FfmpegSinkOptions.matching(source.info()))) {
 *   for (Optional<Frame> f = source.read(); f.isPresent(); f = source.read()) {
 *     sink.write(f.get());
 *   }
 * }
 * }</pre>
 */
public final class FfmpegFrameSink implements FrameSink {

  private static final Logger LOG = LoggerFactory.getLogger(FfmpegFrameSink.class);

  private final Path file;
  private final FfmpegSinkOptions options;

  private FFmpegFrameRecorder recorder;
  private BytePointer buffer;
  private int width;
  private int height;
  private long framesWritten;
  private boolean closed;

  private FfmpegFrameSink(Path file, FfmpegSinkOptions options) {
    this.file = file;
    this.options = options;
  }

  /**
   * {@return a sink that writes {@code file} with the default options}
   *
   * @param file the MP4 file to write
   */
  public static FfmpegFrameSink open(Path file) {
    return open(file, FfmpegSinkOptions.defaults());
  }

  /**
   * {@return a sink that writes {@code file}, replacing it if it exists, once the first frame
   * comes}
   *
   * @param file the MP4 file to write
   * @param options frame rate, bit rate, key frame interval and rotation
   * @throws FramecodeException if the folder for the file does not exist
   */
  public static FfmpegFrameSink open(Path file, FfmpegSinkOptions options) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(options, "options");
    Path folder = file.toAbsolutePath().getParent();
    if (folder == null || !Files.isDirectory(folder)) {
      throw new FramecodeException(
          "cannot write " + file + ": folder " + folder + " does not exist");
    }
    FfmpegLog.install();
    return new FfmpegFrameSink(file, options);
  }

  /**
   * Encodes {@code frame} after the frames written before.
   *
   * @throws IllegalArgumentException if its size differs from the first frame's
   * @throws FramecodeException if the encoder or the file fails
   * @throws IllegalStateException if the sink is closed
   */
  @Override
  public void write(Frame frame) {
    Objects.requireNonNull(frame, "frame");
    if (closed) {
      throw new IllegalStateException("frame sink for " + file + " is closed");
    }
    if (recorder == null) {
      start(frame.width(), frame.height());
    } else if (frame.width() != width || frame.height() != height) {
      throw new IllegalArgumentException(
          "frames written to "
              + file
              + " must all be "
              + width
              + " x "
              + height
              + ", got "
              + frame.width()
              + " x "
              + frame.height());
    }
    int rowBytes = copyToBuffer(frame);
    try {
      recorder.recordImage(
          width,
          height,
          org.bytedeco.javacv.Frame.DEPTH_UBYTE,
          frame.format().bytesPerPixel(),
          rowBytes,
          ffmpegPixelFormat(frame.format()),
          buffer.asByteBuffer());
    } catch (FrameRecorder.Exception | RuntimeException e) {
      throw new FramecodeException(
          "cannot encode frame "
              + framesWritten
              + " into "
              + file
              + ": "
              + FfmpegErrors.describe(e),
          e);
    }
    framesWritten++;
  }

  /** {@return how many frames have been written so far} */
  public long framesWritten() {
    return framesWritten;
  }

  /**
   * Flushes the encoder, writes the index and closes the file, then releases the native memory.
   * Calling it again does nothing.
   *
   * @throws FramecodeException if the file cannot be finished
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (recorder == null) {
      return;
    }
    try {
      recorder.stop();
    } catch (FrameRecorder.Exception | RuntimeException e) {
      throw new FramecodeException("cannot finish " + file + ": " + FfmpegErrors.describe(e), e);
    } finally {
      release();
      LOG.debug("wrote {} frames to {}", framesWritten, file);
    }
  }

  private void start(int frameWidth, int frameHeight) {
    if (frameWidth < 2 || frameHeight < 2) {
      throw new IllegalArgumentException(
          "H.264 needs frames of at least 2 x 2, got " + frameWidth + " x " + frameHeight);
    }
    width = frameWidth;
    height = frameHeight;
    // yuv420p stores colour for 2 x 2 blocks: the encoded size must be even.
    FFmpegFrameRecorder r =
        new FFmpegFrameRecorder("file:" + file.toAbsolutePath(), width & ~1, height & ~1, 0);
    r.setFormat("mp4");
    r.setVideoCodec(AV_CODEC_ID_H264);
    r.setPixelFormat(AV_PIX_FMT_YUV420P);
    r.setFrameRate(options.frameRate());
    r.setVideoBitrate(options.bitRateFor(width, height));
    r.setGopSize(options.gopSize());
    r.setOption("movflags", "+faststart");
    if (options.rotation() != 0) {
      // JavaCV takes the angle counterclockwise.
      r.setDisplayRotation(-options.rotation());
    }
    buffer = new BytePointer((long) width * height * 3);
    try {
      r.start();
    } catch (FrameRecorder.Exception | RuntimeException e) {
      closed = true;
      releaseQuietly(r);
      buffer.close();
      throw new FramecodeException("cannot write " + file + ": " + FfmpegErrors.describe(e), e);
    }
    recorder = r;
  }

  private int copyToBuffer(Frame frame) {
    int rowBytes = frame.width() * frame.format().bytesPerPixel();
    ByteBuffer source = frame.pixels();
    ByteBuffer target = buffer.position(0).asByteBuffer();
    for (int y = 0; y < frame.height(); y++) {
      target.put(y * rowBytes, source, y * frame.stride(), rowBytes);
    }
    return rowBytes;
  }

  private static int ffmpegPixelFormat(PixelFormat format) {
    return switch (format) {
      case GRAY8 -> AV_PIX_FMT_GRAY8;
      case BGR24 -> AV_PIX_FMT_BGR24;
      case RGB24 -> AV_PIX_FMT_RGB24;
    };
  }

  private void release() {
    releaseQuietly(recorder);
    recorder = null;
    buffer.close();
    buffer = null;
  }

  private void releaseQuietly(FFmpegFrameRecorder r) {
    try {
      r.release();
    } catch (FrameRecorder.Exception | RuntimeException e) {
      LOG.warn("could not release FFmpeg's resources for {}", file, e);
    }
  }
}
