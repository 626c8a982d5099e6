package dev.framecode.video;

import dev.framecode.Barcode;
import dev.framecode.BarcodeFormat;
import dev.framecode.Point;
import dev.framecode.Quad;
import dev.framecode.Rect;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One physical code followed across frames, with the payloads read on it. Not thread-safe. */
final class Track {

  /** A payload as voted on: text and symbology together. */
  record Payload(String text, BarcodeFormat format) {}

  /** Consecutive scanned frames, by ordinal, in which the track was present. */
  static final class Segment {
    long startOrdinal;
    long endOrdinal;
    long startMicros;
    long endMicros;

    Segment(long ordinal, long micros) {
      this.startOrdinal = ordinal;
      this.endOrdinal = ordinal;
      this.startMicros = micros;
      this.endMicros = micros;
    }

    long frames() {
      return endOrdinal - startOrdinal + 1;
    }
  }

  /** The reads of one payload on this track. */
  static final class Votes {
    int reads;
    Barcode best;

    void add(Barcode read) {
      reads++;
      if (best == null || area(read) > area(best)) {
        best = read;
      }
    }

    private static double area(Barcode b) {
      return b.corners().bounds().area();
    }
  }

  final int id;
  final Map<Payload, Votes> votes = new LinkedHashMap<>();
  final List<Segment> segments = new ArrayList<>();
  Quad outline;
  double vx;
  double vy;
  long lastObserved;
  long lastDecodeAttempt;
  int failedDecodes;

  /** Decoding attempts made while the payload was not yet confirmed. */
  int unsettledAttempts;

  long observedIn = -1;
  long decodedIn = -1;
  long decodedMicros;
  Payload lastRead;
  long endedAt = -1;

  /**
   * A smaller detection inside this track's box, where one was seen with it (a code on a label the
   * detector also boxed whole), and the frame it was seen in; -1 before any.
   */
  Rect inner;

  long innerSeenIn = -1;

  /** Whether the detector's last box for this code was clearly larger than the one before. */
  boolean growing;

  Track(int id, Quad outline, long ordinal) {
    this.id = id;
    this.outline = outline;
    this.lastObserved = ordinal;
    this.lastDecodeAttempt = ordinal;
  }

  boolean isLive() {
    return endedAt < 0;
  }

  Rect box() {
    return outline.bounds();
  }

  /** Returns where the code should be at {@code ordinal}, moving at its last velocity. */
  Quad predicted(long ordinal) {
    long gap = ordinal - lastObserved;
    return gap <= 0 ? outline : outline.translate(vx * gap, vy * gap);
  }

  /** Returns the payload with the most reads, ties to the first read; null before any read. */
  Payload payload() {
    Payload winner = null;
    int most = 0;
    for (Map.Entry<Payload, Votes> e : votes.entrySet()) {
      if (e.getValue().reads > most) {
        winner = e.getKey();
        most = e.getValue().reads;
      }
    }
    return winner;
  }

  boolean isConfirmed(Confirmation rule) {
    Payload p = payload();
    return p != null && rule.confirms(p.format(), votes.get(p).reads);
  }

  /** Moves the track to {@code seen}, observed in frame {@code ordinal} shown at {@code micros}. */
  void observe(Quad seen, long ordinal, long micros, int maxGapFrames) {
    long gap = ordinal - lastObserved;
    if (gap > 0 && gap <= maxGapFrames) {
      Point from = outline.center();
      Point to = seen.center();
      vx = 0.5 * vx + 0.5 * (to.x() - from.x()) / gap;
      vy = 0.5 * vy + 0.5 * (to.y() - from.y()) / gap;
    } else if (gap > maxGapFrames) {
      vx = 0;
      vy = 0;
    }
    outline = seen;
    lastObserved = ordinal;
    observedIn = ordinal;
    extendSegments(ordinal, micros, maxGapFrames);
  }

  void vote(Barcode read) {
    votes.computeIfAbsent(new Payload(read.text(), read.format()), k -> new Votes()).add(read);
    failedDecodes = 0;
  }

  /** Takes over the reads and sightings of {@code other}, a duplicate of this track. */
  void absorb(Track other) {
    for (Map.Entry<Payload, Votes> e : other.votes.entrySet()) {
      Votes mine = votes.computeIfAbsent(e.getKey(), k -> new Votes());
      mine.reads += e.getValue().reads;
      if (mine.best == null || Votes.area(e.getValue().best) > Votes.area(mine.best)) {
        mine.best = e.getValue().best;
      }
    }
    for (Segment s : other.segments) {
      segments.add(s);
    }
    segments.sort((a, b) -> Long.compare(a.startOrdinal, b.startOrdinal));
    List<Segment> merged = new ArrayList<>();
    for (Segment s : segments) {
      Segment last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && s.startOrdinal <= last.endOrdinal + 1) {
        if (s.endOrdinal > last.endOrdinal) {
          last.endOrdinal = s.endOrdinal;
          last.endMicros = s.endMicros;
        }
      } else {
        merged.add(s);
      }
    }
    segments.clear();
    segments.addAll(merged);
  }

  /**
   * Forgets the sightings after frame {@code ordinal}, shown at {@code micros}: the code was last
   * known to be there then.
   */
  void truncateAfter(long ordinal, long micros) {
    segments.removeIf(s -> s.startOrdinal > ordinal);
    Segment last = segments.isEmpty() ? null : segments.get(segments.size() - 1);
    if (last != null && last.endOrdinal > ordinal) {
      last.endOrdinal = ordinal;
      last.endMicros = micros;
    }
  }

  private void extendSegments(long ordinal, long micros, int maxGapFrames) {
    Segment last = segments.isEmpty() ? null : segments.get(segments.size() - 1);
    if (last == null || ordinal - last.endOrdinal > maxGapFrames) {
      segments.add(new Segment(ordinal, micros));
    } else if (ordinal > last.endOrdinal) {
      last.endOrdinal = ordinal;
      last.endMicros = micros;
    }
  }
}
