package dev.framecode.job;

import java.util.Map;

/**
 * One scan job as a queue delivered it.
 *
 * @param id the job's identity, chosen by the producer or by the queue; unique per job
 * @param source what to scan: a file path (relative to an allowed root, or absolute) or a URL
 * @param options scan options by name, as the producer gave them; the handler interprets them
 * @param attempt which delivery this is, 1 for the first
 * @param receipt an opaque handle that the queue which delivered the job uses to recognise it when
 *     the job is reported back; nobody else reads it
 */
public record Job(
    String id, String source, Map<String, String> options, int attempt, String receipt) {

  /**
   * Checks the components and copies the options.
   *
   * @param id the job's identity, chosen by the producer or by the queue; unique per job
   * @param source what to scan: a file path (relative to an allowed root, or absolute) or a URL
   * @param options scan options by name, as the producer gave them; the handler interprets them
   * @param attempt which delivery this is, 1 for the first
   * @param receipt an opaque handle that the queue which delivered the job uses to recognise it
   *     when the job is reported back; nobody else reads it
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the id, source or receipt is blank, or the attempt is less
   *     than 1
   */
  public Job {
    requireText(id, "id");
    requireText(source, "source");
    if (options == null) {
      throw new NullPointerException("options");
    }
    options = Map.copyOf(options);
    if (attempt < 1) {
      throw new IllegalArgumentException("attempt must be >= 1, got " + attempt);
    }
    requireText(receipt, "receipt");
  }

  private static void requireText(String value, String name) {
    if (value == null) {
      throw new NullPointerException(name);
    }
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank, got '" + value + "'");
    }
  }
}
