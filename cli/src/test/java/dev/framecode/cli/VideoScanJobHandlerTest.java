package dev.framecode.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.framecode.SourceInfo;
import dev.framecode.job.BadJobException;
import dev.framecode.job.Job;
import dev.framecode.job.JobCancelledException;
import dev.framecode.job.JobContext;
import dev.framecode.job.JobProgress;
import dev.framecode.job.JobResult;
import dev.framecode.job.JobSource;
import dev.framecode.zxing.ZxingDecoder;
import dev.framecode.zxing.ZxingDecoderOptions;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VideoScanJobHandlerTest {

  @TempDir static Path dir;
  static Path video;

  @BeforeAll
  static void writeTheTestVideo() throws Exception {
    video = TestVideos.write(dir.resolve("job.mp4"));
  }

  /** A context over a fixed source that records progress and cancels after some frames. */
  static final class RecordingContext implements JobContext {
    final JobSource source;
    final long cancelAfterFrames;
    final List<JobProgress> progress = new ArrayList<>();
    SourceInfo checked;

    RecordingContext(JobSource source, long cancelAfterFrames) {
      this.source = source;
      this.cancelAfterFrames = cancelAfterFrames;
    }

    @Override
    public JobSource source() {
      return source;
    }

    @Override
    public void progress(JobProgress p) {
      progress.add(p);
    }

    @Override
    public boolean isCancelled() {
      return !progress.isEmpty()
          && progress.get(progress.size() - 1).framesDone() >= cancelAfterFrames;
    }

    @Override
    public void checkCancelled() {
      if (isCancelled()) {
        throw new JobCancelledException("job j1 was cancelled: time limit");
      }
    }

    @Override
    public Duration remaining() {
      return Duration.ofMinutes(1);
    }

    @Override
    public void checkLimits(SourceInfo info) {
      checked = info;
    }
  }

  private static VideoScanJobHandler handler() {
    return new VideoScanJobHandler(
        formats ->
            new ZxingDecoder(
                formats == null
                    ? ZxingDecoderOptions.defaults()
                    : ZxingDecoderOptions.builder().formats(formats).build()),
        () -> null,
        VideoScans.Settings.defaults());
  }

  private static Job job() {
    return job(Map.of());
  }

  private static Job job(Map<String, String> options) {
    return new Job("j1", video.toString(), options, 1, "r1");
  }

  private static List<String> texts(JobResult result) throws Exception {
    List<String> texts = new ArrayList<>();
    new ObjectMapper()
        .readTree(result.json())
        .get("barcodes")
        .forEach(b -> texts.add(b.get("text").asText()));
    return texts;
  }

  @Test
  void readsOnlyTheFormatsAJobAsksForAndEveryNthFrameOfItsRange() throws Exception {
    RecordingContext context = new RecordingContext(new JobSource(video, null), Long.MAX_VALUE);

    JobResult result =
        handler().handle(job(Map.of("formats", "EAN_13", "every", "2", "from", "1")), context);

    assertThat(texts(result)).containsExactly(TestVideos.EAN);
    JsonNode totals = new ObjectMapper().readTree(result.json()).get("totals");
    // Frames from 1 s at 25 frames a second, every other one: 35 of the 60 after the first 25.
    assertThat(totals.get("framesScanned").asInt()).isBetween(17, 18);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "speed=fast | unknown option 'speed'",
        "formats=QR,EAN_13 | names no format 'QR'",
        "every=0 | option every must be at least 1, got 0",
        "every=two | every must be a whole number, got 'two'",
        "from=1:75 | minutes and seconds below 60",
        "from=3;to=1 | option to (1.0 s) must be after option from (3.0 s)"
      })
  void failsAJobWithOptionsItCannotUseAsABadJob(String options, String message) {
    Map<String, String> parsed = new HashMap<>();
    for (String option : options.split(";")) {
      String[] kv = option.split("=", 2);
      parsed.put(kv[0], kv[1]);
    }
    RecordingContext context = new RecordingContext(new JobSource(video, null), Long.MAX_VALUE);

    assertThatThrownBy(() -> handler().handle(job(parsed), context))
        .isInstanceOf(BadJobException.class)
        .hasMessageStartingWith("job j1: ")
        .hasMessageContaining(message);
    assertThat(context.progress).isEmpty();
  }

  @Test
  void returnsTheVideoReportAsTheJobResult() throws Exception {
    RecordingContext context = new RecordingContext(new JobSource(video, null), Long.MAX_VALUE);

    JobResult result = handler().handle(job(), context);

    JsonNode json = new ObjectMapper().readTree(result.json());
    assertThat(json.get("schema").asText()).isEqualTo(VideoScanReport.SCHEMA);
    assertThat(texts(result)).contains(TestVideos.MOVING, TestVideos.TWIN);
    assertThat(context.checked.width()).isEqualTo(TestVideos.WIDTH);
    assertThat(context.progress).hasSize(TestVideos.FRAMES);
    assertThat(context.progress.get(TestVideos.FRAMES - 1).fraction()).isEqualTo(1.0);
  }

  @Test
  void stopsWhenTheJobIsCancelled() {
    RecordingContext context = new RecordingContext(new JobSource(video, null), 5);

    assertThatThrownBy(() -> handler().handle(job(), context))
        .isInstanceOf(JobCancelledException.class);
    assertThat(context.progress).hasSize(5);
  }

  @Test
  void refusesAUrlSource() {
    RecordingContext context =
        new RecordingContext(new JobSource(null, URI.create("https://x/v.mp4")), 0);

    assertThatThrownBy(() -> handler().handle(job(), context))
        .isInstanceOf(BadJobException.class)
        .hasMessageContaining("https://x/v.mp4");
  }
}
