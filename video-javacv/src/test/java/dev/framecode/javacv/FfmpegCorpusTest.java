package dev.framecode.javacv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.framecode.Frame;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Opens every real video of the shared corpus and reads its first frames. The corpus is not part of
 * the repository: the tests run only where the folder exists, by default {@code
 * /work/shared/corpus/videos}, or the folder named by the system property {@code
 * framecode.videoCorpus}.
 */
class FfmpegCorpusTest {

  private static final Path CORPUS =
      Path.of(System.getProperty("framecode.videoCorpus", "/work/shared/corpus/videos"));
  private static final List<String> VIDEO_ENDINGS =
      List.of(".mp4", ".mov", ".mkv", ".webm", ".avi", ".m4v");
  private static final int FRAMES_TO_READ = 5;

  @TestFactory
  Stream<DynamicTest> everyCorpusVideoOpensAndYieldsFrames() throws IOException {
    assumeTrue(Files.isDirectory(CORPUS), "no video corpus at " + CORPUS);
    List<Path> videos;
    try (Stream<Path> files = Files.walk(CORPUS)) {
      videos = files.filter(FfmpegCorpusTest::isVideo).sorted().toList();
    }
    assumeTrue(!videos.isEmpty(), "no videos in " + CORPUS);
    return videos.stream()
        .map(v -> DynamicTest.dynamicTest(CORPUS.relativize(v).toString(), () -> opens(v)));
  }

  private static void opens(Path video) {
    try (FfmpegFrameSource source = FfmpegFrameSource.open(video)) {
      assertThat(source.info().width()).isPositive();
      assertThat(source.info().height()).isPositive();
      long previous = -1;
      for (int i = 0; i < FRAMES_TO_READ; i++) {
        Optional<Frame> frame = source.read();
        if (frame.isEmpty()) {
          assertThat(i).as("frames read from %s", video).isPositive();
          break;
        }
        assertThat(frame.get().width()).isEqualTo(source.info().width());
        assertThat(frame.get().index()).isGreaterThan(previous);
        previous = frame.get().index();
      }
    }
  }

  private static boolean isVideo(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return Files.isRegularFile(file) && VIDEO_ENDINGS.stream().anyMatch(name::endsWith);
  }
}
