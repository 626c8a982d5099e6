package dev.framecode.cli;

import dev.framecode.Decoder;
import dev.framecode.Detector;
import dev.framecode.job.BadJobException;
import dev.framecode.job.Job;
import dev.framecode.job.JobContext;
import dev.framecode.job.JobHandler;
import dev.framecode.job.JobProgress;
import dev.framecode.job.JobResult;
import dev.framecode.job.JobSource;
import dev.framecode.video.ScanProgress;
import dev.framecode.video.VideoReport;
import dev.framecode.video.VideoScanListener;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Scans the video file a job names and returns its {@link VideoScanReport} ({@value
 * VideoScanReport#SCHEMA}) as the job's result. Reports progress after each frame, checks the
 * worker's limits once the video is open, and stops when the job is cancelled. Each job gets its
 * own decoder and detector from the suppliers and closes them; the handler itself is thread-safe.
 */
final class VideoScanJobHandler implements JobHandler {

  private final Supplier<Decoder> decoders;
  private final Supplier<Detector> detectors;
  private final VideoScans.Settings settings;

  /**
   * Returns a handler that reads with decoders from {@code decoders}, detectors from {@code
   * detectors} (which may supply null for none) and scans as {@code settings} say.
   */
  VideoScanJobHandler(
      Supplier<Decoder> decoders, Supplier<Detector> detectors, VideoScans.Settings settings) {
    this.decoders = Objects.requireNonNull(decoders, "decoders");
    this.detectors = Objects.requireNonNull(detectors, "detectors");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  @Override
  public JobResult handle(Job job, JobContext context) throws Exception {
    JobSource source = context.source();
    if (!source.isFile()) {
      throw new BadJobException(
          "job " + job.id() + ": a video scan needs a file, got the URL " + source.uri());
    }
    context.checkCancelled();
    try (Decoder decoder = decoders.get();
        Detector detector = detectors.get()) {
      VideoReport report =
          VideoScans.scan(
              source.path(),
              settings,
              decoder,
              null,
              detector,
              progressTo(context),
              context::checkLimits);
      return new JobResult(VideoScanReport.of(source.path().toString(), report).toJson());
    }
  }

  private static VideoScanListener progressTo(JobContext context) {
    return new VideoScanListener() {
      @Override
      public void progress(ScanProgress progress) {
        context.progress(new JobProgress(Math.max(0, progress.fraction()), progress.framesDone()));
        context.checkCancelled();
      }
    };
  }
}
