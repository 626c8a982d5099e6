package dev.framecode.job;

/**
 * What a finished job produced: a JSON document that the queue stores as it is. The queue does not
 * parse it; the handler that wrote it documents its schema.
 *
 * @param json a JSON document, not blank
 */
public record JobResult(String json) {

  /**
   * Checks that the result is present.
   *
   * @param json a JSON document, not blank
   * @throws NullPointerException if {@code json} is null
   * @throws IllegalArgumentException if {@code json} is blank
   */
  public JobResult {
    if (json == null) {
      throw new NullPointerException("json");
    }
    if (json.isBlank()) {
      throw new IllegalArgumentException("result json must not be blank");
    }
  }
}
