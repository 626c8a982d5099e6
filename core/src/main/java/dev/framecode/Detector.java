package dev.framecode;

import java.util.List;

/**
 * Finds the regions of a frame where barcodes are, without reading them.
 *
 * <p>Implementations are safe to call from several threads at once unless their Javadoc says
 * otherwise. A detector that holds native resources (a model session, say) releases them in {@link
 * #close()}:
 *
 * <pre>{@code
 * try (Detector detector = OnnxDetector.withDefaultModel()) {
 *   List<Detection> regions = detector.detect(frame);
 * }
 * }</pre>
 */
public interface Detector extends AutoCloseable {

  /**
   * {@return the regions found in {@code frame}, in frame pixels, best first; an empty list when
   * there are none}
   *
   * @param frame the frame to search; it is not changed
   */
  List<Detection> detect(Frame frame);

  /** Releases what this detector holds. The default does nothing. */
  @Override
  default void close() {}
}
