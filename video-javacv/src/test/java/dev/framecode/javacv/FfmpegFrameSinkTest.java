package dev.framecode.javacv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;

import dev.framecode.Frame;
import dev.framecode.FramecodeException;
import dev.framecode.PixelFormat;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FrameGrabber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FfmpegFrameSinkTest {

  @TempDir Path dir;

  @Test
  void roundTripKeepsEveryFrameInOrderAtTheSourceFrameRate() {
    Path first =
        TestVideos.write(
            dir.resolve("first.mp4"), 30, FfmpegSinkOptions.builder().frameRate(15).build());
    Path second = dir.resolve("second.mp4");

    try (FfmpegFrameSource source = FfmpegFrameSource.open(first);
        FfmpegFrameSink sink =
            FfmpegFrameSink.open(second, FfmpegSinkOptions.matching(source.info()))) {
      TestVideos.readAll(source).forEach(sink::write);
      assertThat(sink.framesWritten()).isEqualTo(30);
    }

    try (FfmpegFrameSource copy = FfmpegFrameSource.open(second)) {
      List<Frame> frames = TestVideos.readAll(copy);
      assertThat(copy.info().frameRate()).isEqualTo(15);
      assertThat(frames).hasSize(30);
      assertThat(frames).allSatisfy(f -> assertThat(TestVideos.numberIn(f)).isEqualTo(f.index()));
      assertThat(frames.get(29).timestampMicros()).isBetween(1_932_000L, 1_934_000L);
    }
  }

  @Test
  void writesH264InYuv420p() throws FrameGrabber.Exception {
    Path file = TestVideos.write(dir.resolve("h264.mp4"), 5, FfmpegSinkOptions.defaults());

    try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toString())) {
      grabber.start();
      AVCodecParameters codec =
          grabber.getFormatContext().streams(grabber.getVideoStream()).codecpar();

      assertThat(grabber.getVideoCodecName()).isEqualTo("h264");
      assertThat(codec.format()).isEqualTo(AV_PIX_FMT_YUV420P);
      assertThat(grabber.getFormat()).contains("mp4");
    }
  }

  @Test
  void putsTheIndexBeforeTheMediaDataForBrowsers() throws IOException {
    Path file = TestVideos.write(dir.resolve("fast.mp4"), 5, FfmpegSinkOptions.defaults());

    List<String> boxes = topLevelBoxes(Files.readAllBytes(file));

    assertThat(boxes).contains("moov", "mdat");
    assertThat(boxes.indexOf("moov")).isLessThan(boxes.indexOf("mdat"));
  }

  @Test
  void writesGrayBgrAndRgbFramesAlike() {
    Path file = dir.resolve("formats.mp4");
    Frame gray = TestVideos.numbered(5, 320, 240);
    try (FfmpegFrameSink sink = FfmpegFrameSink.open(file)) {
      sink.write(gray);
      sink.write(Frame.wrap(expand(gray.toPackedBytes()), 320, 240, PixelFormat.BGR24));
      sink.write(Frame.wrap(expand(gray.toPackedBytes()), 320, 240, PixelFormat.RGB24));
    }

    List<Frame> frames = TestVideos.readAll(file, FfmpegSourceOptions.defaults());

    assertThat(frames).hasSize(3).allSatisfy(f -> assertThat(TestVideos.numberIn(f)).isEqualTo(5));
  }

  @Test
  void writesCroppedViewsWithTheirOwnPixelsOnly() {
    Path file = dir.resolve("crop.mp4");
    Frame wide = TestVideos.numbered(9, 640, 240);
    try (FfmpegFrameSink sink = FfmpegFrameSink.open(file)) {
      sink.write(wide.crop(0, 0, 320, 240));
    }

    List<Frame> frames = TestVideos.readAll(file, FfmpegSourceOptions.defaults());

    assertThat(frames)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.width()).isEqualTo(320);
              assertThat(TestVideos.numberIn(f)).isEqualTo(9);
            });
  }

  @Test
  void oddSizeIsScaledToTheNextEvenSizeBelow() {
    Path file = dir.resolve("odd.mp4");
    try (FfmpegFrameSink sink = FfmpegFrameSink.open(file)) {
      sink.write(TestVideos.numbered(1, 321, 241));
    }

    try (FfmpegFrameSource source = FfmpegFrameSource.open(file)) {
      assertThat(source.info().width()).isEqualTo(320);
      assertThat(source.info().height()).isEqualTo(240);
    }
  }

  @Test
  void framesOfAnotherSizeAreRejected() {
    try (FfmpegFrameSink sink = FfmpegFrameSink.open(dir.resolve("sizes.mp4"))) {
      sink.write(TestVideos.numbered(0, 320, 240));

      assertThatThrownBy(() -> sink.write(TestVideos.numbered(1, 160, 120)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("320 x 240")
          .hasMessageContaining("160 x 120");
    }
  }

  @Test
  void sinkClosedWithoutFramesWritesNoFile() {
    Path file = dir.resolve("nothing.mp4");

    FfmpegFrameSink.open(file).close();

    assertThat(file).doesNotExist();
  }

  @Test
  void closedSinkRefusesFrames() {
    FfmpegFrameSink sink = FfmpegFrameSink.open(dir.resolve("closed.mp4"));
    sink.write(TestVideos.numbered(0, 320, 240));
    sink.close();
    sink.close();

    assertThatThrownBy(() -> sink.write(TestVideos.numbered(1, 320, 240)))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void missingFolderIsReportedWithItsName() {
    Path file = dir.resolve("no-such-folder").resolve("out.mp4");

    assertThatThrownBy(() -> FfmpegFrameSink.open(file))
        .isInstanceOf(FramecodeException.class)
        .hasMessageContaining("no-such-folder");
  }

  private static byte[] expand(byte[] gray) {
    byte[] out = new byte[gray.length * 3];
    for (int i = 0; i < gray.length; i++) {
      out[3 * i] = gray[i];
      out[3 * i + 1] = gray[i];
      out[3 * i + 2] = gray[i];
    }
    return out;
  }

  private static List<String> topLevelBoxes(byte[] mp4) {
    List<String> boxes = new ArrayList<>();
    ByteBuffer buffer = ByteBuffer.wrap(mp4);
    while (buffer.remaining() >= 8) {
      int start = buffer.position();
      long size = Integer.toUnsignedLong(buffer.getInt());
      byte[] type = new byte[4];
      buffer.get(type);
      if (size == 1) {
        size = buffer.getLong();
      }
      boxes.add(new String(type, StandardCharsets.US_ASCII));
      if (size < 8 || start + size > mp4.length) {
        break;
      }
      buffer.position((int) (start + size));
    }
    return boxes;
  }
}
