package dev.framecode.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_get_name;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_VIDEO;
import static org.bytedeco.ffmpeg.global.avutil.av_get_pix_fmt_name;

import dev.framecode.Frame;
import dev.framecode.PixelFormat;
import dev.framecode.javacv.FfmpegFrameSource;
import dev.framecode.javacv.FfmpegSourceOptions;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the AnnotateVideo example once on the sample video and checks the copy it writes. */
class AnnotateVideoTest {

  private static final Path SAMPLE_VIDEO = Path.of("../samples/codes.mp4");

  @TempDir static Path dir;
  private static Path annotated;
  private static String printed;

  @BeforeAll
  static void annotateTheSample() {
    annotated = dir.resolve("annotated.mp4");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      AnnotateVideo.main(new String[] {SAMPLE_VIDEO.toString(), annotated.toString()});
    } finally {
      System.setOut(original);
    }
    printed = out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void printsEachCodeOnceAndTheFramesWritten() {
    assertThat(printed.lines())
        .hasSize(4)
        .anyMatch(line -> line.startsWith("QR_CODE https://framecode.dev/hello from 0.00 s"))
        .anyMatch(line -> line.startsWith("EAN_13 4006381333931"))
        .anyMatch(line -> line.startsWith("CODE_128 FRAMECODE-0001"))
        .contains("wrote 100 frames to " + annotated);
  }

  @Test
  void writesH264InYuv420pAtTheInputSize() throws Exception {
    assertThat(videoStream(annotated)).isEqualTo("h264 yuv420p 640x360");
  }

  @Test
  void writesEveryFrameOfTheInput() {
    assertThat(countFrames(annotated)).isEqualTo(countFrames(SAMPLE_VIDEO)).isEqualTo(100);
  }

  @Test
  void outlinesTheCodesInGreen() {
    // The sample is black, white and beige: green pixels can only be the outlines.
    assertThat(greenPixels(frame(SAMPLE_VIDEO, 30))).isZero();
    assertThat(greenPixels(frame(annotated, 30))).isGreaterThan(500);
  }

  /** Returns the codec, pixel format and size of the file's video stream, as ffprobe names them. */
  private static String videoStream(Path video) throws Exception {
    try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(video.toFile())) {
      grabber.start();
      AVFormatContext container = grabber.getFormatContext();
      for (int i = 0; i < container.nb_streams(); i++) {
        AVCodecParameters stream = container.streams(i).codecpar();
        if (stream.codec_type() == AVMEDIA_TYPE_VIDEO) {
          return avcodec_get_name(stream.codec_id()).getString()
              + " "
              + av_get_pix_fmt_name(stream.format()).getString()
              + " "
              + stream.width()
              + "x"
              + stream.height();
        }
      }
      return "no video stream";
    }
  }

  private static long countFrames(Path video) {
    try (FfmpegFrameSource source = FfmpegFrameSource.open(video)) {
      long frames = 0;
      while (source.read().isPresent()) {
        frames++;
      }
      return frames;
    }
  }

  private static Frame frame(Path video, int index) {
    FfmpegSourceOptions bgr = FfmpegSourceOptions.builder().pixelFormat(PixelFormat.BGR24).build();
    try (FfmpegFrameSource source = FfmpegFrameSource.open(video, bgr)) {
      Optional<Frame> frame = source.read();
      while (frame.isPresent() && frame.get().index() < index) {
        frame = source.read();
      }
      return frame.orElseThrow();
    }
  }

  private static long greenPixels(Frame frame) {
    long green = 0;
    for (int y = 0; y < frame.height(); y++) {
      for (int x = 0; x < frame.width(); x++) {
        int b = frame.sample(x, y, 0);
        int g = frame.sample(x, y, 1);
        int r = frame.sample(x, y, 2);
        if (g > 150 && r < 100 && b < 100) {
          green++;
        }
      }
    }
    return green;
  }
}
