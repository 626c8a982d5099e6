package dev.framecode.job;

/**
 * How far a running job has come.
 *
 * @param fraction share of the work done, from 0 to 1; 0 when unknown
 * @param framesDone frames read so far, >= 0
 */
public record JobProgress(double fraction, long framesDone) {

  /** No work done yet. */
  public static final JobProgress NONE = new JobProgress(0, 0);

  /**
   * Checks the components.
   *
   * @param fraction share of the work done, from 0 to 1; 0 when unknown
   * @param framesDone frames read so far, >= 0
   * @throws IllegalArgumentException if the fraction is outside [0, 1] or the frames done are
   *     negative
   */
  public JobProgress {
    if (!(fraction >= 0 && fraction <= 1)) {
      throw new IllegalArgumentException("progress fraction must be in [0, 1], got " + fraction);
    }
    if (framesDone < 0) {
      throw new IllegalArgumentException("frames done must be >= 0, got " + framesDone);
    }
  }
}
