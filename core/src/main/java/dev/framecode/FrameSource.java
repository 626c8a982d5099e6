package dev.framecode;

import java.util.Optional;

/**
 * Reads frames one at a time, in presentation order, from a video, a camera or a set of images.
 *
 * <p>A source is used by one thread at a time. Frames it returns are immutable and stay valid after
 * the source is closed, unless the caller hands them back with {@link #recycle(Frame)}. Close it to
 * release the decoder and the file:
 *
 * <pre>{@code
 * try (FrameSource source = FfmpegFrameSource.open(path)) {
 *   for (Optional<Frame> f = source.read(); f.isPresent(); f = source.read()) {
 *     ...
 *   }
 * }
 * }</pre>
 */
public interface FrameSource extends AutoCloseable {

  /** {@return what is known about the input} */
  SourceInfo info();

  /**
   * {@return the next frame, or empty at the end of the input}
   *
   * @throws UnreadableInputException if the input cannot be read any further
   */
  Optional<Frame> read();

  /**
   * Hands back a frame that this source returned and the caller has finished with, so that a later
   * {@link #read()} may reuse its memory instead of allocating more. After the call the caller must
   * not touch the frame, nor any frame cropped from it. Calling it is optional: a caller that keeps
   * its frames never does, and a source may ignore it, as the default does. Unlike the other
   * methods, it may be called from any thread while another one reads.
   *
   * @param frame a frame returned by this source's {@link #read()}; any other frame is ignored
   */
  default void recycle(Frame frame) {}

  @Override
  void close();
}
