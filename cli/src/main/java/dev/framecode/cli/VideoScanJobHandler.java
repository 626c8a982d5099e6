package dev.framecode.cli;

import dev.framecode.BarcodeFormat;
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
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import picocli.CommandLine.TypeConversionException;

/**
 * Scans the video file a job names and returns its {@link VideoScanReport} ({@value
 * VideoScanReport#SCHEMA}) as the job's result. Reports progress after each frame, checks the
 * worker's limits once the video is open, and stops when the job is cancelled. Each job gets its
 * own decoder and detector from the suppliers and closes them; the handler itself is thread-safe.
 *
 * <p>A job's options are those of {@code framecode scan} for a video, by name without the dashes:
 * {@code formats} (comma separated), {@code every}, {@code from} and {@code to}. Any other option,
 * or a value the command would refuse, fails the job as a bad one.
 */
final class VideoScanJobHandler implements JobHandler {

  /** The options a job may give, in the order the error message lists them. */
  static final List<String> OPTIONS = List.of("formats", "every", "from", "to");

  private final Function<Set<BarcodeFormat>, Decoder> decoders;
  private final Supplier<Detector> detectors;
  private final VideoScans.Settings settings;

  /**
   * Returns a handler that reads with decoders from {@code decoders}, given the formats a job asks
   * for or null when it names none, detectors from {@code detectors} (which may supply null for
   * none) and scans as {@code settings} say, unless a job's options say otherwise.
   */
  VideoScanJobHandler(
      Function<Set<BarcodeFormat>, Decoder> decoders,
      Supplier<Detector> detectors,
      VideoScans.Settings settings) {
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
    Map<String, String> options = job.options();
    for (String name : options.keySet()) {
      if (!OPTIONS.contains(name)) {
        throw new BadJobException(
            "job " + job.id() + ": unknown option '" + name + "'; a job may give " + OPTIONS);
      }
    }
    Set<BarcodeFormat> formats = formats(job, options.get("formats"));
    VideoScans.Settings scan = settings(job, options);
    context.checkCancelled();
    Decoder decoder;
    try {
      decoder = decoders.apply(formats);
    } catch (IllegalArgumentException e) {
      throw new BadJobException("job " + job.id() + ": " + e.getMessage(), e);
    }
    try (decoder;
        Detector detector = detectors.get()) {
      VideoReport report =
          VideoScans.scan(
              source.path(),
              scan,
              decoder,
              null,
              detector,
              progressTo(context),
              context::checkLimits);
      return new JobResult(VideoScanReport.of(source.path().toString(), report).toJson());
    }
  }

  private static Set<BarcodeFormat> formats(Job job, String value) {
    if (value == null) {
      return null;
    }
    Set<BarcodeFormat> formats = EnumSet.noneOf(BarcodeFormat.class);
    for (String name : value.split(",")) {
      formats.add(
          BarcodeFormat.named(name.strip())
              .orElseThrow(
                  () ->
                      new BadJobException(
                          "job " + job.id() + ": option formats names no format '" + name + "'")));
    }
    return formats;
  }

  private VideoScans.Settings settings(Job job, Map<String, String> options) {
    int every = settings.every();
    Duration from = settings.from();
    Duration to = settings.to();
    if (options.containsKey("every")) {
      try {
        every = Integer.parseInt(options.get("every").strip());
      } catch (NumberFormatException e) {
        throw new BadJobException(
            "job "
                + job.id()
                + ": option every must be a whole number, got '"
                + options.get("every")
                + "'",
            e);
      }
    }
    try {
      TimeConverter times = new TimeConverter();
      if (options.containsKey("from")) {
        from = times.convert(options.get("from"));
      }
      if (options.containsKey("to")) {
        to = times.convert(options.get("to"));
      }
    } catch (TypeConversionException e) {
      throw new BadJobException("job " + job.id() + ": option from or to: " + e.getMessage(), e);
    }
    String unusable = VideoScans.Settings.unusable(every, from, to, n -> "option " + n);
    if (unusable != null) {
      throw new BadJobException("job " + job.id() + ": " + unusable);
    }
    return new VideoScans.Settings(every, from, to, settings.annotate(), settings.options());
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
