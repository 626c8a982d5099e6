package dev.framecode.video;

import java.util.List;

/**
 * What the scanner made of one frame, for callers who want live results.
 *
 * @param frameIndex the frame's index in the video
 * @param timestampMicros the frame's presentation time
 * @param fullFrameDecoded whether the whole frame was decoded, rather than only known tracks
 * @param codes the live tracks after this frame, observed or predicted
 */
public record FrameEvent(
    long frameIndex, long timestampMicros, boolean fullFrameDecoded, List<TrackedCode> codes) {

  /**
   * Copies the list of codes.
   *
   * @param frameIndex the frame's index in the video
   * @param timestampMicros the frame's presentation time
   * @param fullFrameDecoded whether the whole frame was decoded, rather than only known tracks
   * @param codes the live tracks after this frame, observed or predicted
   * @throws NullPointerException if {@code codes} is null
   */
  public FrameEvent {
    codes = List.copyOf(codes);
  }
}
