package dev.framecode.video;

import dev.framecode.Barcode;
import dev.framecode.BarcodeFormat;
import dev.framecode.Detection;
import dev.framecode.Point;
import dev.framecode.Quad;
import dev.framecode.Rect;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Follows codes from frame to frame: associates reads and detections with tracks by position and
 * motion, picks a track up again by its payload after a jump or a gap, decides which tracks need
 * decoding, and votes on each track's payload.
 *
 * <p>One frame at a time, in order: {@link #begin}, then any of {@link #observeReads}, {@link
 * #observeDetections}, {@link #regionsToDecode} and {@link #observeRegion}, then {@link #end}.
 * Single-threaded and deterministic: the same calls give the same tracks.
 */
final class Tracker {

  /**
   * A region the scanner should decode for a track, in frame pixels; the label to give it, the
   * format's name when re-reading a code read before, which lets decoders look for that format
   * alone; and how many earlier attempts a decoder that spreads its effort should count as made.
   */
  record Request(Track track, Rect region, String label, int earlierAttempts) {}

  /** Symbologies that misread as each other: a read in one may be a bad read of another. */
  private static final Set<BarcodeFormat> RETAIL =
      EnumSet.of(
          BarcodeFormat.EAN_13,
          BarcodeFormat.EAN_8,
          BarcodeFormat.UPC_A,
          BarcodeFormat.UPC_E,
          BarcodeFormat.UPC_EAN_EXTENSION);

  /** The most frames an unsettled track waits between decoding attempts. */
  private static final int MAX_BACKOFF = 8;

  /** The share of the smaller box two same-payload tracks must overlap to be one code. */
  private static final double SAME_CODE_OVERLAP = 0.2;

  /** The largest share of a box's area that a detection inside it may have to count as inner. */
  private static final double INNER_AREA = 0.6;

  /** How near the frame's edge, as a share of its short side, a box counts as cut by the edge. */
  private static final double EDGE_SHARE = 0.01;

  /** How near the edge, as a share of the frame's short side, a growing box counts as cut. */
  private static final double NEAR_EDGE_SHARE = 0.08;

  /** How much larger than at its last sighting a detection must be for its code to be growing. */
  private static final double GROWING = 1.1;

  private final VideoScanOptions options;
  private final List<Track> live = new ArrayList<>();
  private final List<Track> ended = new ArrayList<>();
  private final Set<Track.Payload> confirmed = new HashSet<>();
  private final Map<Track.Payload, Integer> mostAtOnce = new HashMap<>();
  private int nextId = 1;
  private long ordinal = -1;
  private long micros;
  private Rect frameBounds;

  Tracker(VideoScanOptions options) {
    this.options = options;
  }

  /** Starts frame {@code ordinal} (counted over scanned frames) shown at {@code micros}. */
  void begin(long ordinal, long micros) {
    begin(ordinal, micros, null);
  }

  /**
   * Starts frame {@code ordinal} shown at {@code micros}, whose pixels span {@code frameBounds}, or
   * null if unknown: a code cut by the frame's edge is then tried less often.
   */
  void begin(long ordinal, long micros, Rect frameBounds) {
    if (ordinal <= this.ordinal) {
      throw new IllegalStateException(
          "frames must come in order, got " + ordinal + " after " + this.ordinal);
    }
    this.ordinal = ordinal;
    this.micros = micros;
    this.frameBounds = frameBounds;
  }

  /** Records codes read anywhere in the current frame. */
  void observeReads(List<Barcode> reads) {
    List<Barcode> unmatched = new ArrayList<>();
    Map<Barcode, Track> matches = associate(reads, Barcode::corners, unmatched);
    matches.forEach((read, track) -> observe(track, read));
    for (Barcode read : unmatched) {
      if (claimedByOther(null, read)) {
        continue;
      }
      Track found = reidentify(read);
      observe(found != null ? found : start(read.corners()), read);
    }
  }

  /** Records regions a detector found in the current frame; new regions start unread tracks. */
  void observeDetections(List<Detection> detections) {
    List<Detection> unmatched = new ArrayList<>();
    Map<Detection, Track> matches = associate(detections, d -> Quad.of(d.box()), unmatched);
    matches.forEach(
        (d, track) -> {
          track.growing = d.box().area() > GROWING * track.box().area();
          track.observe(Quad.of(d.box()), ordinal, micros, gapLimit());
        });
    for (Detection d : unmatched) {
      Track covering = null;
      for (Track t : live) {
        if (t.observedIn == ordinal && t.box().iou(d.box()) > 0.3) {
          covering = t;
          break;
        }
      }
      if (covering == null) {
        start(Quad.of(d.box())).observe(Quad.of(d.box()), ordinal, micros, gapLimit());
      } else if (isInner(d.box(), covering.box())) {
        covering.inner = d.box();
        covering.innerSeenIn = ordinal;
      }
    }
  }

  /** Returns whether {@code small} lies inside {@code big} and is clearly smaller. */
  private static boolean isInner(Rect small, Rect big) {
    return small.area() <= INNER_AREA * big.area()
        && small.intersect(big).area() >= 0.9 * small.area();
  }

  /**
   * Returns the regions to decode in the current frame: every track not yet read in it whose
   * payload is not confirmed, backing off while reads fail, and each confirmed track once every
   * {@link VideoScanOptions#recheckInterval()} frames.
   */
  List<Request> regionsToDecode() {
    List<Request> requests = new ArrayList<>();
    for (Track track : live) {
      if (track.decodedIn != ordinal && due(track)) {
        requests.add(new Request(track, region(track), label(track), earlierAttempts(track)));
      }
    }
    return requests;
  }

  /** Records what decoding {@code request}'s region read. */
  void observeRegion(Request request, List<Barcode> reads) {
    Track track = request.track();
    track.lastDecodeAttempt = ordinal;
    if (!track.isConfirmed(options.confirmation())) {
      track.unsettledAttempts++;
    }
    Point expected = track.predicted(ordinal).center();
    Barcode best = null;
    Barcode replacement = null;
    for (Barcode read : reads) {
      // A decoder may read past the region (along a linear code's strip): a code found wholly
      // outside it is another code, which its own track or a whole-frame read will pick up.
      if (read.corners().bounds().intersect(request.region()).area() <= 0
          || claimedByOther(track, read)) {
        continue;
      }
      if (!fits(track, read)) {
        replacement = replacement == null ? read : replacement;
      } else if (best == null || distance(read, expected) < distance(best, expected)) {
        best = read;
      }
    }
    if (best != null) {
      observe(track, best);
    } else if (replacement != null) {
      replace(track, replacement);
    } else {
      track.failedDecodes++;
    }
  }

  /**
   * Ends {@code track}, whose place now holds another code (a slideshow, a label swapped in place),
   * as of its last read, and starts a track for that code.
   */
  private void replace(Track track, Barcode read) {
    track.truncateAfter(track.decodedIn, track.decodedMicros);
    live.remove(track);
    track.endedAt = ordinal;
    ended.add(track);
    observe(start(read.corners()), read);
  }

  /** Ends the current frame: retires lost tracks, merges duplicates, returns the live tracks. */
  List<TrackedCode> end() {
    mergeDuplicates();
    countInstances();
    retireLost();
    List<TrackedCode> codes = new ArrayList<>();
    for (Track track : live) {
      Track.Payload p = track.payload();
      codes.add(
          new TrackedCode(
              track.id,
              track.predicted(ordinal),
              p == null ? null : p.text(),
              p == null ? null : p.format(),
              track.isConfirmed(options.confirmation()),
              track.observedIn == ordinal));
    }
    return codes;
  }

  /** Returns how many unique payloads are confirmed so far. */
  int confirmedCount() {
    return confirmed.size();
  }

  /** Returns how many tracks were started. */
  int tracksStarted() {
    return nextId - 1;
  }

  /** Returns each confirmed payload once, with its sightings over all its tracks. */
  List<VideoCode> codes() {
    Map<Track.Payload, List<Track>> byPayload = new LinkedHashMap<>();
    List<Track> all = new ArrayList<>(ended);
    all.addAll(live);
    for (Track track : all) {
      if (track.isConfirmed(options.confirmation())) {
        byPayload.computeIfAbsent(track.payload(), k -> new ArrayList<>()).add(track);
      }
    }
    List<VideoCode> codes = new ArrayList<>();
    byPayload.forEach(
        (payload, tracks) ->
            codes.add(Sightings.summarize(payload, tracks, mostAtOnce.getOrDefault(payload, 1))));
    codes.sort(Comparator.comparingLong(VideoCode::firstSeenMicros).thenComparing(VideoCode::text));
    return codes;
  }

  // --- association

  private interface Shape<T> {
    Quad outline(T item);
  }

  /** Pairs items with live tracks, closest first, each at most once; collects the rest. */
  private <T> Map<T, Track> associate(List<T> items, Shape<T> shape, List<T> unmatched) {
    record Pair<T>(T item, Track track, double cost) {}
    List<Pair<T>> pairs = new ArrayList<>();
    for (T item : items) {
      for (Track track : live) {
        double cost = cost(track, shape.outline(item), item);
        if (cost < 1) {
          pairs.add(new Pair<>(item, track, cost));
        }
      }
    }
    pairs.sort(Comparator.comparingDouble(Pair::cost));
    Map<T, Track> matches = new LinkedHashMap<>();
    Set<Track> taken = new HashSet<>();
    for (Pair<T> pair : pairs) {
      if (!matches.containsKey(pair.item()) && !taken.contains(pair.track())) {
        matches.put(pair.item(), pair.track());
        taken.add(pair.track());
      }
    }
    for (T item : items) {
      if (!matches.containsKey(item)) {
        unmatched.add(item);
      }
    }
    return matches;
  }

  /** Returns below 1 for a plausible match, lower is better; 1 or more for none. */
  private double cost(Track track, Quad seen, Object item) {
    if (track.observedIn == ordinal) {
      return 1;
    }
    Rect predicted = track.predicted(ordinal).bounds();
    Rect box = seen.bounds();
    double gate = gate(predicted, box) + speed(track) * (ordinal - track.lastObserved);
    double d = predicted.center().distanceTo(box.center());
    double cost = d / gate;
    if (cost >= 1 && predicted.iou(box) < 0.1) {
      return 1;
    }
    cost = Math.min(cost, 0.99);
    if (item instanceof Barcode read) {
      if (!fits(track, read)) {
        return 1;
      }
      Track.Payload p = track.payload();
      if (p != null && p.text().equals(read.text()) && p.format() == read.format()) {
        cost /= 2;
      }
    }
    return cost;
  }

  /**
   * Returns whether {@code read} may be a read of {@code track}'s code. Before its payload is
   * confirmed, any read may be. After, a read in another symbology is another code (a slideshow
   * swaps codes in place), except among the retail symbologies, which misread as each other (EAN-13
   * as UPC-E, say) and are voted on; so is a two-dimensional read of another text, since error
   * correction rules out a misread.
   */
  private boolean fits(Track track, Barcode read) {
    if (!track.isConfirmed(options.confirmation())) {
      return true;
    }
    Track.Payload p = track.payload();
    if (!compatible(p.format(), read.format())) {
      return false;
    }
    return read.format().isLinear() || p.text().equals(read.text());
  }

  private static boolean compatible(BarcodeFormat a, BarcodeFormat b) {
    return a == b || RETAIL.contains(a) && RETAIL.contains(b);
  }

  private static double gate(Rect a, Rect b) {
    return 0.6 * Math.max(Math.max(a.width(), a.height()), Math.max(b.width(), b.height())) + 8;
  }

  private static double speed(Track track) {
    return Math.hypot(track.vx, track.vy);
  }

  /** Finds the track that last carried this payload, live and unseen now, or recently ended. */
  private Track reidentify(Barcode read) {
    Track.Payload wanted = new Track.Payload(read.text(), read.format());
    Point at = read.corners().center();
    Track best = null;
    double bestDistance = Double.MAX_VALUE;
    for (Track track : candidatesForReidentification()) {
      if (wanted.equals(track.payload())) {
        double d = track.predicted(ordinal).center().distanceTo(at);
        if (d < bestDistance) {
          best = track;
          bestDistance = d;
        }
      }
    }
    if (best != null && !best.isLive()) {
      ended.remove(best);
      best.endedAt = -1;
      live.add(best);
    }
    return best;
  }

  private List<Track> candidatesForReidentification() {
    List<Track> candidates = new ArrayList<>();
    for (Track track : live) {
      if (track.observedIn != ordinal) {
        candidates.add(track);
      }
    }
    for (Track track : ended) {
      if (ordinal - track.endedAt <= options.reidentifyWithinFrames()) {
        candidates.add(track);
      }
    }
    return candidates;
  }

  /** Returns whether another track already took this read's place in the current frame. */
  private boolean claimedByOther(Track self, Barcode read) {
    Rect box = read.corners().bounds();
    for (Track track : live) {
      if (track != self && track.observedIn == ordinal) {
        Rect other = track.box();
        if (other.iou(box) > 0.3
            || other.center().distanceTo(box.center()) < 0.25 * gate(other, box)) {
          return true;
        }
      }
    }
    return false;
  }

  private Track start(Quad outline) {
    Track track = new Track(nextId++, outline, ordinal);
    live.add(track);
    return track;
  }

  private void observe(Track track, Barcode read) {
    track.observe(read.corners(), ordinal, micros, gapLimit());
    track.vote(read);
    track.lastRead = new Track.Payload(read.text(), read.format());
    track.decodedIn = ordinal;
    track.decodedMicros = micros;
    track.lastDecodeAttempt = ordinal;
    if (track.isConfirmed(options.confirmation())) {
      confirmed.add(track.payload());
    }
  }

  private int gapLimit() {
    return Math.max(options.maxGapFrames(), options.recheckInterval());
  }

  // --- decoding schedule

  private boolean due(Track track) {
    long since = ordinal - track.lastDecodeAttempt;
    boolean confirmed = track.isConfirmed(options.confirmation());
    // A code the frame's edge cuts rarely reads. A settled one is not re-checked until it is
    // wholly in view again; an unsettled one is tried once it is, or now and then in case it
    // never will be.
    if (cutByEdge(track)) {
      return !confirmed && since >= options.recheckInterval();
    }
    if (confirmed) {
      return since >= options.recheckInterval();
    }
    // A code that will not read is tried less and less often, down to every MAX_BACKOFF frames
    // (or every re-check, if that is sooner): an unsettled code is what decoding effort is for.
    int backoff =
        Math.min(Math.min(MAX_BACKOFF, options.recheckInterval()), 1 + track.failedDecodes);
    return since >= backoff;
  }

  // Where it was last seen: a code moving into view is cut until a sighting shows it whole. The
  // detector's box of a code half in view may stop short of the edge, but it grows from one
  // detection to the next.
  private boolean cutByEdge(Track track) {
    if (frameBounds == null) {
      return false;
    }
    double shortSide = Math.min(frameBounds.width(), frameBounds.height());
    return within(track.box(), Math.max(2, EDGE_SHARE * shortSide))
        || track.growing && within(track.box(), NEAR_EDGE_SHARE * shortSide);
  }

  /** Returns whether {@code box} comes within {@code edge} pixels of the frame's edge. */
  private boolean within(Rect box, double edge) {
    return box.x() < frameBounds.x() + edge
        || box.y() < frameBounds.y() + edge
        || box.maxX() > frameBounds.maxX() - edge
        || box.maxY() > frameBounds.maxY() - edge;
  }

  // How far a decoder that spreads its effort over attempts should have got: a settled code's
  // misses in a row; an unsettled code's every attempt, since a read that did not settle it (a
  // misread, or one read short of confirmation) should not send the decoder back to its start.
  private int earlierAttempts(Track track) {
    return track.isConfirmed(options.confirmation())
        ? track.failedDecodes
        : track.unsettledAttempts;
  }

  // A code read before is read again for that format, which costs a fraction of reading for all;
  // after one miss, for every format, in case the read was wrong or another code took its place.
  private String label(Track track) {
    Track.Payload p = track.payload();
    return p != null && track.failedDecodes == 0 ? p.format().name() : "track";
  }

  /**
   * Returns where to decode: after a failed attempt on a code the detector also boxed more tightly
   * of late, that tighter box, moved on as the track moves, for a crop read at its own scale; else
   * the whole box.
   */
  private Rect region(Track track) {
    long sinceInner = ordinal - track.innerSeenIn;
    if (track.failedDecodes % 2 == 1 && track.innerSeenIn >= 0 && sinceInner <= gapLimit()) {
      return searchRegion(
          track, track.inner.translate(track.vx * sinceInner, track.vy * sinceInner));
    }
    return searchRegion(track, track.predicted(ordinal).bounds());
  }

  /**
   * Returns {@code box}, where the track is predicted, grown by the motion since its last sighting.
   */
  private Rect searchRegion(Track track, Rect box) {
    double w = box.width();
    double h = box.height();
    // No further than the code's own size: a wider search is a costly read of most of the frame,
    // and a code that moved further is found again by the detector.
    double slack = Math.min(speed(track) * (ordinal - track.lastObserved), Math.max(w, h));
    // A linear read is a thin band along one scan line: search the code's likely full height.
    double grow = Math.max(0, Math.max(w, h) * 0.3 - Math.min(w, h)) / 2;
    double dx = slack + (w < h ? grow : 0);
    double dy = slack + (h < w ? grow : 0);
    return new Rect(box.x() - dx, box.y() - dy, w + 2 * dx, h + 2 * dy);
  }

  // --- end of frame

  /**
   * Counts, per payload, the tracks that read it in this frame: distinct tracks are at distinct
   * places, so that is how many copies are in view at once.
   */
  private void countInstances() {
    Map<Track.Payload, Integer> now = new HashMap<>();
    for (Track track : live) {
      if (track.decodedIn == ordinal && track.lastRead != null) {
        now.merge(track.lastRead, 1, Integer::sum);
      }
    }
    now.forEach((payload, n) -> mostAtOnce.merge(payload, n, Math::max));
  }

  private void mergeDuplicates() {
    for (int i = 0; i < live.size(); i++) {
      Track keep = live.get(i);
      Iterator<Track> it = live.listIterator(i + 1);
      while (it.hasNext()) {
        Track other = it.next();
        if (keep.observedIn == ordinal && other.observedIn == ordinal && sameSpot(keep, other)) {
          keep.absorb(other);
          it.remove();
        }
      }
    }
  }

  private boolean sameSpot(Track a, Track b) {
    Confirmation rule = options.confirmation();
    if (a.isConfirmed(rule)
        && b.isConfirmed(rule)
        && !compatible(a.payload().format(), b.payload().format())) {
      return false;
    }
    Rect ra = a.box();
    Rect rb = b.box();
    if (ra.iou(rb) > 0.5 || ra.center().distanceTo(rb.center()) < 0.2 * gate(ra, rb)) {
      return true;
    }
    // Two tracks that read the same payload in this frame over overlapping boxes are two views of
    // one code (a tall code the detector split, or a scan line beside its detection); identical
    // labels side by side do not overlap. Boxes hugging scan lines are thin, so each reaches out a
    // quarter of the thinner one's short side: two lines across one code then overlap well.
    if (a.lastRead == null
        || !a.lastRead.equals(b.lastRead)
        || a.decodedIn != ordinal
        || b.decodedIn != ordinal) {
      return false;
    }
    double reach = Math.min(shortSide(ra), shortSide(rb)) / 4;
    Rect ea = ra.expand(reach);
    Rect eb = rb.expand(reach);
    return ea.intersect(eb).area() > SAME_CODE_OVERLAP * Math.min(ea.area(), eb.area());
  }

  private static double shortSide(Rect r) {
    return Math.min(r.width(), r.height());
  }

  private void retireLost() {
    Iterator<Track> it = live.iterator();
    while (it.hasNext()) {
      Track track = it.next();
      if (ordinal - track.lastObserved > gapLimit()) {
        it.remove();
        track.endedAt = ordinal;
        if (!track.votes.isEmpty()) {
          ended.add(track);
        }
      }
    }
    // Unconfirmed tracks past the re-identification window can never count: let them go.
    ended.removeIf(
        t ->
            !t.isConfirmed(options.confirmation())
                && ordinal - t.endedAt > options.reidentifyWithinFrames());
  }

  private static double distance(Barcode read, Point expected) {
    return read.corners().center().distanceTo(expected);
  }
}
