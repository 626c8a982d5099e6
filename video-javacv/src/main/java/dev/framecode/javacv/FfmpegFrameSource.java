package dev.framecode.javacv;

import static org.bytedeco.ffmpeg.global.avcodec.AV_PKT_DATA_DISPLAYMATRIX;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_side_data_get;
import static org.bytedeco.ffmpeg.global.avutil.AV_NOPTS_VALUE;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_BGR24;
import static org.bytedeco.ffmpeg.global.avutil.av_display_rotation_get;

import dev.framecode.Frame;
import dev.framecode.FrameSource;
import dev.framecode.PixelFormat;
import dev.framecode.SourceInfo;
import dev.framecode.UnreadableInputException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avcodec.AVPacketSideData;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FrameGrabber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the frames of a video with FFmpeg: files in any container and codec FFmpeg decodes (MP4,
 * MOV, MKV, WebM, AVI; H.264, H.265, VP8, VP9, MJPEG, ...), numbered image sequences, and, when the
 * options allow it, network streams and capture devices.
 *
 * <p>Each frame is copied out of FFmpeg's buffers into its own array, already converted to the
 * options' pixel format and turned upright as the video's rotation metadata asks. Its index is its
 * position among all decoded frames of the stream, counted from 0, and its timestamp is the
 * stream's presentation time, counted from the start of the input; frame selection by step, rate or
 * time leaves both unchanged, so they always point to the same picture in the video.
 *
 * <p>A frame the decoder marks as damaged is skipped and counted in {@link #damagedFrames()}. A
 * file that cannot be opened, has no video, or ends long before the frames its container declares
 * gives an {@link UnreadableInputException} that names the file and the problem.
 *
 * <p>A source holds native memory and a file or socket: close it, and use it from one thread at a
 * time.
 *
 * <pre>{@code
 * FfmpegSourceOptions options = FfmpegSourceOptions.builder().step(5).build();
 * try (FfmpegFrameSource source = FfmpegFrameSource.open(Path.of("clip.mp4"), options)) {
 *   for (Optional<Frame> f = source.read(); f.isPresent(); f = source.read()) {
 *     scanner.scan(f.get());
 *   }
 * }
 * }</pre>
 */
public final class FfmpegFrameSource implements FrameSource {

  private static final Logger LOG = LoggerFactory.getLogger(FfmpegFrameSource.class);
  private static final Set<String> NETWORK_SCHEMES =
      Set.of("rtsp", "rtsps", "rtmp", "rtmps", "http", "https", "udp", "tcp", "srt", "rtp");
  // AV_FRAME_FLAG_CORRUPT in libavutil/frame.h; the bindings do not export it.
  private static final int FRAME_FLAG_CORRUPT = 1;

  private final String name;
  private final FfmpegSourceOptions options;
  private final FFmpegFrameGrabber grabber;
  private final SourceInfo info;
  private final int rotation;
  private final long inputStartMicros;
  private final long declaredFrames;
  private final long halfFrameMicros;

  private long nextIndex;
  private long lastTimestamp = -1;
  private boolean reindexAfterSeek;
  private boolean readFromStart = true;
  private long notBeforeMicros;
  private long inRangeCount;
  private long nextDueMicros = -1;
  private long damagedFrames;
  private long framesRead;
  private boolean finished;
  private boolean closed;

  private byte[] scratch = new byte[0];
  private final GrayPlane grayPlane = new GrayPlane();
  private final PixelRecycler recycler = new PixelRecycler();

  private FfmpegFrameSource(String name, FfmpegSourceOptions options, FFmpegFrameGrabber grabber) {
    this.name = name;
    this.options = options;
    this.grabber = grabber;
    AVFormatContext context = grabber.getFormatContext();
    AVStream stream = context.streams(grabber.getVideoStream());
    this.rotation = options.applyRotation() ? clockwiseRotation(stream.codecpar()) : 0;
    this.inputStartMicros = context.start_time() == AV_NOPTS_VALUE ? 0 : context.start_time();
    this.declaredFrames = stream.nb_frames() > 0 ? stream.nb_frames() : -1;
    double rate = grabber.getVideoFrameRate();
    this.halfFrameMicros = rate > 0 ? Math.round(500_000 / rate) : 1_000;
    this.info = describe(context, rate);
  }

  /**
   * Opens the video file {@code file} with the default options.
   *
   * @param file the video file
   * @return an open source; close it to free FFmpeg's native memory
   */
  public static FfmpegFrameSource open(Path file) {
    return open(file, FfmpegSourceOptions.defaults());
  }

  /**
   * Opens the video file {@code file}. A name that is not a file but has a printf-style number in
   * it, such as {@code frame%04d.png}, opens the numbered images in that folder as one video at 25
   * frames per second; the first image must have a number from 0 to 4, and the rest follow without
   * gaps.
   *
   * @param file the video file, or a numbered image pattern
   * @param options pixel format, frame selection and time range
   * @return an open source; close it to free FFmpeg's native memory
   * @throws UnreadableInputException if the file is missing, empty, not a video, or has no video
   *     stream
   */
  public static FfmpegFrameSource open(Path file, FfmpegSourceOptions options) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(options, "options");
    String name = file.toString();
    boolean sequence = !Files.exists(file) && isImageSequence(file);
    Path folder = file.toAbsolutePath().getParent();
    if (!sequence) {
      checkReadableFile(file);
    } else if (folder == null || !Files.isDirectory(folder)) {
      throw new UnreadableInputException(
          "image sequence " + name + ": folder " + folder + " does not exist");
    }
    // "file:" keeps FFmpeg from reading a colon in the name as a protocol; the whitelist keeps a
    // playlist or concat file from reaching beyond local files.
    FFmpegFrameGrabber grabber = new FFmpegFrameGrabber("file:" + file.toAbsolutePath());
    grabber.setOption("protocol_whitelist", "file");
    if (sequence) {
      grabber.setFormat("image2");
    }
    return start(name, options, grabber);
  }

  /**
   * Opens a network stream, such as {@code rtsp://camera.local/stream1} or an HTTP URL. Only
   * allowed when {@link FfmpegSourceOptions#allowNetwork()} is set; reads that stall longer than
   * {@link FfmpegSourceOptions#networkTimeout()} fail. User names and passwords in the URL are kept
   * out of the source's name and of messages.
   *
   * @param url the stream's URL
   * @param options pixel format, frame selection and network limits; must allow the network
   * @return an open source; close it to free FFmpeg's native memory
   * @throws IllegalArgumentException if network input is not allowed or the URL is not a network
   *     URL
   * @throws UnreadableInputException if the stream cannot be opened or has no video
   */
  public static FfmpegFrameSource openUrl(String url, FfmpegSourceOptions options) {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(options, "options");
    String name = redact(url);
    String scheme = scheme(url);
    if (!NETWORK_SCHEMES.contains(scheme)) {
      throw new IllegalArgumentException(
          "a network URL must start with one of " + NETWORK_SCHEMES + ", got " + name);
    }
    if (!options.allowNetwork()) {
      throw new IllegalArgumentException(
          "network input " + name + " needs FfmpegSourceOptions.allowNetwork(true)");
    }
    FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(url);
    String micros = Long.toString(options.networkTimeout().toNanos() / 1000);
    grabber.setOption("rw_timeout", micros);
    if (scheme.startsWith("rtsp")) {
      grabber.setOption("timeout", micros);
    }
    return start(name, options, grabber);
  }

  /**
   * Opens a capture device through one of FFmpeg's input devices, for example {@code ("v4l2",
   * "/dev/video0")} on Linux, {@code ("avfoundation", "0")} on macOS or {@code ("dshow",
   * "video=Integrated Camera")} on Windows. Only allowed when {@link
   * FfmpegSourceOptions#allowDevices()} is set.
   *
   * @param format FFmpeg's name for the input device
   * @param device the device, as that input device names it
   * @param options pixel format and frame selection; must allow devices
   * @return an open source; close it to release the device
   * @throws IllegalArgumentException if devices are not allowed
   * @throws UnreadableInputException if the device cannot be opened
   */
  public static FfmpegFrameSource openDevice(
      String format, String device, FfmpegSourceOptions options) {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(device, "device");
    Objects.requireNonNull(options, "options");
    String name = format + ":" + device;
    if (!options.allowDevices()) {
      throw new IllegalArgumentException(
          "capture device " + name + " needs FfmpegSourceOptions.allowDevices(true)");
    }
    FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(device);
    grabber.setFormat(format);
    return start(name, options, grabber);
  }

  private static FfmpegFrameSource start(
      String name, FfmpegSourceOptions options, FFmpegFrameGrabber grabber) {
    FfmpegLog.install();
    boolean gray = options.pixelFormat() == PixelFormat.GRAY8;
    // Gray comes straight from the decoded picture (see GrayPlane), so frames left out by the
    // selection cost no conversion at all.
    if (gray) {
      grabber.setImageMode(FrameGrabber.ImageMode.RAW);
    } else {
      grabber.setImageMode(FrameGrabber.ImageMode.COLOR);
      grabber.setPixelFormat(AV_PIX_FMT_BGR24);
    }
    // No stream has this index, so the grabber opens no audio decoder.
    grabber.setAudioStream(Integer.MAX_VALUE);
    try {
      grabber.start();
    } catch (FrameGrabber.Exception | RuntimeException e) {
      release(grabber, name);
      if (String.valueOf(e.getMessage()).startsWith("Did not find a video")) {
        throw new UnreadableInputException(name + " has no video stream", e);
      }
      throw new UnreadableInputException(
          name + " is not a video FFmpeg can read: " + FfmpegErrors.describe(e), e);
    }
    if (!grabber.hasVideo() || grabber.getImageWidth() <= 0 || grabber.getImageHeight() <= 0) {
      release(grabber, name);
      throw new UnreadableInputException(name + " has no video stream FFmpeg can decode");
    }
    try {
      FfmpegFrameSource source = new FfmpegFrameSource(name, options, grabber);
      LOG.debug("opened {}: {}, rotation {}", name, source.info, source.rotation);
      if (options.start().compareTo(Duration.ZERO) > 0) {
        source.seek(options.start());
      }
      return source;
    } catch (RuntimeException e) {
      release(grabber, name);
      throw e;
    }
  }

  @Override
  public SourceInfo info() {
    return info;
  }

  /**
   * Returns the next selected frame, or empty at the end of the input or at the options' end time.
   *
   * @throws UnreadableInputException if FFmpeg cannot read further, if no frame of the video could
   *     be decoded, or if the file ends long before the frames its container declares (a truncated
   *     file)
   * @throws IllegalStateException if the source is closed
   */
  @Override
  public Optional<Frame> read() {
    checkOpen();
    while (!finished) {
      org.bytedeco.javacv.Frame decoded = grab();
      if (decoded == null) {
        finish();
        return Optional.empty();
      }
      Optional<Frame> frame = select(decoded);
      if (frame.isPresent()) {
        framesRead++;
        return frame;
      }
    }
    return Optional.empty();
  }

  /**
   * Moves to the frame shown at {@code time}, so that the next {@link #read()} returns it or the
   * first selected frame after it. Step and rate selection start again from there. Seeking past the
   * end leaves nothing to read.
   *
   * @param time presentation time from the start; not negative
   * @throws UnreadableInputException if FFmpeg cannot seek in this input (most live streams)
   * @throws IllegalStateException if the source is closed
   */
  public void seek(Duration time) {
    Objects.requireNonNull(time, "time");
    checkOpen();
    if (time.isNegative()) {
      throw new IllegalArgumentException("seek time must be >= 0, got " + time);
    }
    long micros = time.toNanos() / 1000;
    try {
      grabber.setTimestamp(micros);
    } catch (FrameGrabber.Exception | RuntimeException e) {
      throw new UnreadableInputException(
          "cannot seek to " + time + " in " + name + ": " + FfmpegErrors.describe(e), e);
    }
    readFromStart = false;
    reindexAfterSeek = true;
    lastTimestamp = -1;
    notBeforeMicros = micros;
    inRangeCount = 0;
    nextDueMicros = -1;
    finished = false;
  }

  /**
   * {@return how many damaged frames this source skipped so far: frames the decoder marked as
   * damaged, frames it dropped (seen as gaps in a constant-rate stream), and, once a file read from
   * its start ends, frames its container declares that never came}
   */
  public long damagedFrames() {
    return damagedFrames;
  }

  /** {@return how many frames {@link #read()} has returned so far} */
  public long framesRead() {
    return framesRead;
  }

  /**
   * {@return the clockwise turn in degrees (0, 90, 180 or 270) applied to every frame to honour the
   * video's rotation metadata; 0 when the options do not apply rotation}
   */
  public int rotation() {
    return rotation;
  }

  /**
   * {@inheritDoc}
   *
   * <p>Gray frames read without a turn are reused; others are left to the collector.
   */
  @Override
  public void recycle(Frame frame) {
    recycler.handBack(frame);
  }

  /** Releases the decoder, its native memory and the file. Frames already read stay valid. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (damagedFrames > 0) {
      LOG.warn("skipped {} damaged frames in {}", damagedFrames, name);
    }
    release(grabber, name);
    grayPlane.close();
  }

  private org.bytedeco.javacv.Frame grab() {
    try {
      return grabber.grabImage();
    } catch (FrameGrabber.Exception | RuntimeException e) {
      finished = true;
      throw new UnreadableInputException(
          name + " cannot be read after frame " + nextIndex + ": " + FfmpegErrors.describe(e), e);
    }
  }

  private Optional<Frame> select(org.bytedeco.javacv.Frame decoded) {
    AVFrame props = (AVFrame) decoded.opaque;
    long timestamp = timestampOf(decoded, props);
    if (reindexAfterSeek) {
      reindexAfterSeek = false;
      nextIndex = estimateIndex(timestamp);
    } else {
      countDroppedFrames(timestamp);
    }
    lastTimestamp = timestamp;
    long index = nextIndex++;
    if (isDamaged(props)) {
      damagedFrames++;
      LOG.debug("skipped damaged frame {} at {} us in {}", index, timestamp, name);
      return Optional.empty();
    }
    if (timestamp < notBeforeMicros - halfFrameMicros) {
      return Optional.empty();
    }
    if (options.end() != null && timestamp >= options.end().toNanos() / 1000) {
      finished = true;
      return Optional.empty();
    }
    if (inRangeCount++ % options.step() != 0 || !dueByRate(timestamp)) {
      return Optional.empty();
    }
    return Optional.of(toFrame(decoded, index, timestamp));
  }

  private long timestampOf(org.bytedeco.javacv.Frame decoded, AVFrame props) {
    if (props == null || props.best_effort_timestamp() == AV_NOPTS_VALUE) {
      return info.frameRate() > 0 ? Math.round(nextIndex * 1e6 / info.frameRate()) : 0;
    }
    return decoded.timestamp - inputStartMicros;
  }

  // A decoder drops frames it cannot decode at all; in a constant-rate stream they show as a gap
  // in the timestamps. Count them as damaged and keep the following indexes true.
  private void countDroppedFrames(long timestamp) {
    if (lastTimestamp < 0 || timestamp - lastTimestamp < 3 * halfFrameMicros) {
      return;
    }
    long expected = estimateIndex(timestamp);
    if (expected > nextIndex) {
      damagedFrames += expected - nextIndex;
      nextIndex = expected;
    }
  }

  private long estimateIndex(long timestampMicros) {
    return info.frameRate() > 0 ? Math.round(timestampMicros * info.frameRate() / 1e6) : 0;
  }

  private static boolean isDamaged(AVFrame props) {
    return props != null
        && (props.decode_error_flags() != 0 || (props.flags() & FRAME_FLAG_CORRUPT) != 0);
  }

  private boolean dueByRate(long timestamp) {
    double fps = options.targetFrameRate();
    if (fps <= 0) {
      return true;
    }
    if (nextDueMicros >= 0 && timestamp < nextDueMicros - halfFrameMicros) {
      return false;
    }
    long interval = Math.round(1e6 / fps);
    long due = nextDueMicros < 0 ? timestamp : nextDueMicros;
    // After a gap in the video, count the rate from this frame instead of catching up.
    nextDueMicros = due + interval < timestamp ? timestamp + interval : due + interval;
    return true;
  }

  private Frame toFrame(org.bytedeco.javacv.Frame decoded, long index, long timestamp) {
    int width = decoded.imageWidth;
    int height = decoded.imageHeight;
    PixelFormat format = options.pixelFormat();
    int bytes = width * height * format.bytesPerPixel();
    if (rotation != 0 && scratch.length < bytes) {
      scratch = new byte[bytes];
    }
    byte[] copy;
    if (format == PixelFormat.GRAY8 && rotation == 0) {
      copy = grayPlane.gray((AVFrame) decoded.opaque, width, height, recycler.take(bytes));
      Frame frame = Frame.wrap(copy, width, height, format).at(index, timestamp);
      recycler.lend(frame, copy);
      return frame;
    } else if (format == PixelFormat.GRAY8) {
      byte[] gray = grayPlane.gray((AVFrame) decoded.opaque, width, height, null);
      copy = PixelCopy.copy(ByteBuffer.wrap(gray), width, width, height, 1, rotation, scratch);
    } else {
      ByteBuffer pixels = (ByteBuffer) decoded.image[0];
      copy =
          PixelCopy.copy(
              pixels,
              decoded.imageStride,
              width,
              height,
              format.bytesPerPixel(),
              rotation,
              scratch);
    }
    boolean quarterTurn = rotation == 90 || rotation == 270;
    return Frame.wrap(copy, quarterTurn ? height : width, quarterTurn ? width : height, format)
        .at(index, timestamp);
  }

  private void finish() {
    finished = true;
    if (lastTimestamp < 0 && !readFromStart) {
      return;
    }
    long reached = lastTimestamp < 0 ? 0 : Math.max(nextIndex, estimateIndex(lastTimestamp) + 1);
    if (declaredFrames > 0 && reached < declaredFrames - Math.max(2, declaredFrames / 100)) {
      throw new UnreadableInputException(
          name
              + " is truncated: its container declares "
              + declaredFrames
              + " frames, but "
              + (lastTimestamp < 0
                  ? "not one of them decodes"
                  : "the video data ends after frame "
                      + reached
                      + " ("
                      + lastTimestamp / 1000
                      + " ms)"));
    }
    if (!readFromStart) {
      return;
    }
    if (declaredFrames > reached) {
      damagedFrames += declaredFrames - reached;
    }
    long decoded = nextIndex;
    if (decoded > 0 && decoded == damagedFrames) {
      throw new UnreadableInputException(
          name + " is damaged: none of its " + decoded + " frames could be decoded");
    }
    if (decoded == 0) {
      throw new UnreadableInputException(name + " has a video stream without a decodable frame");
    }
  }

  private SourceInfo describe(AVFormatContext context, double rate) {
    int width = grabber.getImageWidth();
    int height = grabber.getImageHeight();
    boolean quarterTurn = rotation == 90 || rotation == 270;
    long duration = context.duration() == AV_NOPTS_VALUE ? -1 : context.duration();
    return new SourceInfo(
        name,
        quarterTurn ? height : width,
        quarterTurn ? width : height,
        rate > 0 ? rate : 0,
        declaredFrames,
        duration);
  }

  // The display matrix says how far to turn the stored picture counterclockwise for display.
  private static int clockwiseRotation(AVCodecParameters codec) {
    AVPacketSideData side =
        av_packet_side_data_get(
            codec.coded_side_data(), codec.nb_coded_side_data(), AV_PKT_DATA_DISPLAYMATRIX);
    if (side == null || side.isNull() || side.data() == null || side.size() < 9 * 4) {
      return 0;
    }
    double counterclockwise = av_display_rotation_get(new IntPointer(side.data()));
    if (Double.isNaN(counterclockwise)) {
      return 0;
    }
    long quarters = Math.round(-counterclockwise / 90);
    return Math.floorMod(quarters * 90, 360);
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("frame source " + name + " is closed");
    }
  }

  private static void checkReadableFile(Path file) {
    if (!Files.exists(file)) {
      throw new UnreadableInputException("video file " + file + " does not exist");
    }
    if (Files.isDirectory(file)) {
      throw new UnreadableInputException(file + " is a folder, not a video file");
    }
    if (!Files.isReadable(file)) {
      throw new UnreadableInputException("video file " + file + " is not readable");
    }
    long size;
    try {
      size = Files.size(file);
    } catch (java.io.IOException e) {
      throw new UnreadableInputException("cannot read the size of video file " + file, e);
    }
    if (size == 0) {
      throw new UnreadableInputException("video file " + file + " is empty (0 bytes)");
    }
  }

  private static boolean isImageSequence(Path file) {
    Path fileName = file.getFileName();
    return fileName != null && fileName.toString().matches(".*%0?\\d*d.*");
  }

  private static String scheme(String url) {
    int colon = url.indexOf(':');
    return colon < 0 ? "" : url.substring(0, colon).toLowerCase(Locale.ROOT);
  }

  private static String redact(String url) {
    try {
      URI uri = new URI(url);
      if (uri.getRawUserInfo() == null) {
        return url;
      }
      return new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), uri.getPath(), null, null)
          .toString();
    } catch (URISyntaxException e) {
      return scheme(url) + "://(unparsable URL)";
    }
  }

  private static void release(FFmpegFrameGrabber grabber, String name) {
    try {
      grabber.release();
    } catch (FrameGrabber.Exception | RuntimeException e) {
      LOG.warn("could not release FFmpeg's resources for {}", name, e);
    }
  }
}
