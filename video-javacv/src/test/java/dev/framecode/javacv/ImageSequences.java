package dev.framecode.javacv;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_PNG;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_GRAY8;

import dev.framecode.Frame;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.FrameRecorder;

/** Writes numbered PNG files with FFmpeg's image2 muxer, for the image sequence tests. */
final class ImageSequences {

  private ImageSequences() {}

  /**
   * Writes {@code count} numbered frames as {@code folder/frame0000.png...}; returns the pattern.
   */
  static Path writePng(Path folder, int count) {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    FfmpegLog.install();
    Path pattern = folder.resolve("frame%04d.png");
    int w = TestVideos.WIDTH;
    int h = TestVideos.HEIGHT;
    try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(pattern.toString(), w, h, 0);
        BytePointer buffer = new BytePointer((long) w * h)) {
      recorder.setFormat("image2");
      recorder.setVideoCodec(AV_CODEC_ID_PNG);
      recorder.setPixelFormat(AV_PIX_FMT_GRAY8);
      recorder.setOption("start_number", "0");
      recorder.start();
      for (int i = 0; i < count; i++) {
        Frame frame = TestVideos.numbered(i, w, h);
        buffer.position(0).put(frame.toPackedBytes());
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
    } catch (FrameRecorder.Exception e) {
      throw new IllegalStateException("cannot write the image sequence " + pattern, e);
    }
    return pattern;
  }
}
