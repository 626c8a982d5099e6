package dev.framecode.javacv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_GRAY8;
import static org.bytedeco.ffmpeg.global.avutil.av_get_pix_fmt;

import dev.framecode.Frame;
import java.nio.file.Path;
import java.util.List;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.FrameRecorder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reads containers and codecs other than the sink's own, written with JavaCV's recorder. H.265 is
 * missing: the FFmpeg build used here decodes it but has no encoder to make a test file with.
 */
class FfmpegCodecTest {

  private static final int FRAMES = 12;

  @TempDir Path dir;

  @ParameterizedTest(name = "{1} in {0} {2}")
  @CsvSource({
    "webm, libvpx,",
    "webm, libvpx-vp9,",
    "avi, mjpeg,",
    "matroska, mpeg4,",
    "mov, libopenh264,",
    // RGB pictures have no luma plane: they go through FFmpeg's converter, frame after frame.
    "matroska, png, rgb24",
    "avi, rawvideo, bgr24"
  })
  void readsEveryFrameOfOtherContainersAndCodecs(String container, String codec, String pixels)
      throws FrameRecorder.Exception {
    Path file = dir.resolve(codec + "." + container);
    write(file, container, codec, pixels);

    try (FfmpegFrameSource source = FfmpegFrameSource.open(file)) {
      List<Frame> frames = TestVideos.readAll(source);

      assertThat(source.info().width()).isEqualTo(TestVideos.WIDTH);
      assertThat(frames).hasSize(FRAMES);
      assertThat(frames).allSatisfy(f -> assertThat(TestVideos.numberIn(f)).isEqualTo(f.index()));
    }
  }

  private static void write(Path file, String container, String codec, String pixels)
      throws FrameRecorder.Exception {
    FfmpegLog.install();
    int w = TestVideos.WIDTH;
    int h = TestVideos.HEIGHT;
    try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toString(), w, h, 0);
        BytePointer buffer = new BytePointer((long) w * h)) {
      recorder.setFormat(container);
      recorder.setVideoCodecName(codec);
      recorder.setFrameRate(12);
      recorder.setVideoBitrate(1_000_000);
      if (pixels != null) {
        recorder.setPixelFormat(av_get_pix_fmt(pixels));
      }
      recorder.setVideoOption("deadline", "realtime");
      recorder.setVideoOption("cpu-used", "8");
      recorder.start();
      for (int i = 0; i < FRAMES; i++) {
        buffer.position(0).put(TestVideos.numbered(i, w, h).toPackedBytes());
        recorder.recordImage(
            w,
            h,
            org.bytedeco.javacv.Frame.DEPTH_UBYTE,
            1,
            w,
            AV_PIX_FMT_GRAY8,
            buffer.position(0).asByteBuffer());
      }
      recorder.stop();
    }
  }
}
