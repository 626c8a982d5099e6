package dev.framecode.javacv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_AAC;

import dev.framecode.Frame;
import dev.framecode.UnreadableInputException;
import java.io.IOException;
import java.nio.ShortBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.FrameRecorder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FfmpegBadInputTest {

  private static final int FRAMES = 48;

  @TempDir static Path dir;
  private static byte[] goodBytes;

  @BeforeAll
  static void writeGoodVideo() throws IOException {
    FfmpegSinkOptions options = FfmpegSinkOptions.builder().frameRate(24).build();
    Path good = TestVideos.write(dir.resolve("good.mp4"), FRAMES, options);
    goodBytes = Files.readAllBytes(good);
  }

  @Test
  void missingFileIsNamedAsMissing() {
    Path missing = dir.resolve("missing.mp4");

    assertThatThrownBy(() -> FfmpegFrameSource.open(missing))
        .isInstanceOf(UnreadableInputException.class)
        .hasMessageContaining(missing.toString())
        .hasMessageContaining("does not exist");
  }

  @Test
  void zeroByteFileIsNamedAsEmpty() throws IOException {
    Path empty = Files.write(dir.resolve("empty.mp4"), new byte[0]);

    assertThatThrownBy(() -> FfmpegFrameSource.open(empty))
        .isInstanceOf(UnreadableInputException.class)
        .hasMessageContaining(empty.toString())
        .hasMessageContaining("empty");
  }

  @Test
  void textFileNamedMp4IsNotAVideo() throws IOException {
    Path text =
        Files.writeString(
            dir.resolve("notes.mp4"), "these are notes, not a video\n", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> FfmpegFrameSource.open(text))
        .isInstanceOf(UnreadableInputException.class)
        .hasMessageContaining(text.toString())
        .hasMessageContaining("not a video")
        .hasMessageContaining("Invalid data");
  }

  @Test
  void folderIsNotAVideo() {
    assertThatThrownBy(() -> FfmpegFrameSource.open(dir))
        .isInstanceOf(UnreadableInputException.class)
        .hasMessageContaining("folder");
  }

  @Test
  void audioOnlyFileHasNoVideoStream() throws FrameRecorder.Exception {
    Path audio = dir.resolve("sound.m4a");
    FfmpegLog.install();
    try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(audio.toString(), 1)) {
      recorder.setFormat("mp4");
      recorder.setAudioCodec(AV_CODEC_ID_AAC);
      recorder.setSampleRate(8000);
      recorder.start();
      recorder.recordSamples(ShortBuffer.allocate(8000));
      recorder.stop();
    }

    assertThatThrownBy(() -> FfmpegFrameSource.open(audio))
        .isInstanceOf(UnreadableInputException.class)
        .hasMessageContaining(audio.toString())
        .hasMessageContaining("no video stream");
  }

  @Test
  void truncatedMp4FailsWithTheFileNameOnceItsDataEnds() throws IOException {
    Path truncated =
        Files.write(dir.resolve("truncated.mp4"), Arrays.copyOf(goodBytes, goodBytes.length / 2));

    assertThatThrownBy(() -> TestVideos.readAll(truncated, FfmpegSourceOptions.defaults()))
        .isInstanceOf(UnreadableInputException.class)
        .hasMessageContaining(truncated.toString())
        .hasMessageContaining("truncated");
  }

  @Test
  void mp4CutBeforeItsFirstFrameSaysNoFrameDecodes() throws IOException {
    // The index comes first (faststart): keep it whole and cut just inside the data after it.
    int data = new String(goodBytes, StandardCharsets.ISO_8859_1).indexOf("mdat");
    assertThat(data).isPositive();
    Path cut = Files.write(dir.resolve("cut.mp4"), Arrays.copyOf(goodBytes, data + 20));

    assertThatThrownBy(() -> TestVideos.readAll(cut, FfmpegSourceOptions.defaults()))
        .isInstanceOf(UnreadableInputException.class)
        .hasMessageContaining(cut.toString())
        .hasMessageContaining("is truncated")
        .hasMessageContaining("not one of them decodes");
  }

  @Test
  void mp4CutInsideItsHeaderCannotBeOpened() throws IOException {
    Path stub = Files.write(dir.resolve("stub.mp4"), Arrays.copyOf(goodBytes, 100));

    assertThatThrownBy(() -> TestVideos.readAll(stub, FfmpegSourceOptions.defaults()))
        .isInstanceOf(UnreadableInputException.class)
        .hasMessageContaining(stub.toString());
  }

  @Test
  void fewDamagedFramesInAGoodFileAreSkippedAndCounted() throws IOException {
    Path damaged = Files.write(dir.resolve("damaged.mp4"), withNoiseInVideoData(goodBytes));

    try (FfmpegFrameSource source = FfmpegFrameSource.open(damaged)) {
      List<Frame> frames = TestVideos.readAll(source);

      assertThat(source.damagedFrames()).isPositive();
      assertThat(frames.size() + source.damagedFrames()).isEqualTo(FRAMES);
      assertThat(frames).extracting(Frame::index).isSorted().doesNotHaveDuplicates();
      assertThat(TestVideos.numberIn(frames.get(frames.size() - 1))).isEqualTo(FRAMES - 1);
    }
  }

  @Test
  void networkInputNeedsExplicitPermissionAndKeepsPasswordsOutOfMessages() {
    assertThatThrownBy(
            () ->
                FfmpegFrameSource.openUrl(
                    "rtsp://admin:secret@camera.local/stream1", FfmpegSourceOptions.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("allowNetwork")
        .hasMessageContaining("camera.local")
        .hasMessageNotContaining("secret");
  }

  @Test
  void fileUrlIsNotANetworkInput() {
    FfmpegSourceOptions network = FfmpegSourceOptions.builder().allowNetwork(true).build();

    assertThatThrownBy(() -> FfmpegFrameSource.openUrl("file:///etc/passwd", network))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("network URL");
  }

  @Test
  void captureDevicesNeedExplicitPermission() {
    assertThatThrownBy(
            () ->
                FfmpegFrameSource.openDevice("v4l2", "/dev/video0", FfmpegSourceOptions.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("allowDevices");
  }

  // Overwrites three short runs inside the mdat box, as a bad sector or a lost packet would.
  private static byte[] withNoiseInVideoData(byte[] mp4) {
    byte[] copy = mp4.clone();
    int data = indexOf(mp4, "mdat".getBytes(StandardCharsets.US_ASCII)) + 4;
    Random random = new Random(1);
    for (int k = 1; k <= 3; k++) {
      int at = data + (mp4.length - data) * k / 4;
      for (int j = 0; j < 40; j++) {
        copy[at + j] = (byte) random.nextInt();
      }
    }
    return copy;
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new IllegalArgumentException("no " + new String(needle, StandardCharsets.US_ASCII));
  }
}
