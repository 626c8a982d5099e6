package dev.framecode.video;

import dev.framecode.Barcode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Sums up the tracks of one payload into a {@link VideoCode}: first and last sighting, frames
 * covered by at least one of its tracks, and the largest read.
 */
final class Sightings {

  private Sightings() {}

  static VideoCode summarize(Track.Payload payload, List<Track> tracks, int instances) {
    List<Track.Segment> segments = new ArrayList<>();
    Barcode best = null;
    for (Track track : tracks) {
      segments.addAll(track.segments);
      Barcode candidate = track.votes.get(payload).best;
      if (best == null || area(candidate) > area(best)) {
        best = candidate;
      }
    }
    segments.sort(Comparator.comparingLong(s -> s.startOrdinal));
    long first = segments.stream().mapToLong(s -> s.startMicros).min().orElse(0);
    long last = segments.stream().mapToLong(s -> s.endMicros).max().orElse(first);
    return new VideoCode(
        payload.text(),
        payload.format(),
        first,
        last,
        Math.max(1, unionFrames(segments)),
        Math.max(1, instances),
        best.corners(),
        best.frameIndex());
  }

  /** Returns how many frames at least one segment covers; segments sorted by start. */
  private static long unionFrames(List<Track.Segment> segments) {
    long total = 0;
    long coveredTo = -1;
    for (Track.Segment s : segments) {
      long from = Math.max(s.startOrdinal, coveredTo + 1);
      if (s.endOrdinal >= from) {
        total += s.endOrdinal - from + 1;
        coveredTo = s.endOrdinal;
      }
    }
    return total;
  }

  private static double area(Barcode b) {
    return b.corners().bounds().area();
  }
}
