package dev.framecode.cli;

import java.util.List;

/** How one image was scored. */
enum Outcome {
  /** Every expected text was read. */
  CORRECT,
  /** Not correct, and something read matches nothing expected. */
  MISREAD,
  /** Some of several expected texts were read, and nothing wrong. */
  PARTIAL,
  /** Nothing was read. */
  MISSED,
  /** Something was read from an image that holds no code. */
  FALSE_POSITIVE,
  /** Nothing was read from an image that holds no code. */
  TRUE_NEGATIVE,
  /** The image holds codes of unknown content. */
  UNSCORED;

  /** Scores the texts read from {@code entry}. */
  static Outcome of(Manifest.Entry entry, List<String> texts) {
    switch (entry.kind()) {
      case NEGATIVE:
        return texts.isEmpty() ? TRUE_NEGATIVE : FALSE_POSITIVE;
      case UNKNOWN:
        return UNSCORED;
      default:
        break;
    }
    boolean[] used = new boolean[texts.size()];
    int matched = 0;
    for (String expected : entry.expected()) {
      for (int i = 0; i < texts.size(); i++) {
        if (!used[i] && TextConventions.matches(expected, texts.get(i), entry.formats())) {
          used[i] = true;
          matched++;
          break;
        }
      }
    }
    if (matched == entry.expected().size()) {
      return CORRECT;
    }
    for (String text : texts) {
      boolean wrong =
          entry.expected().stream()
              .noneMatch(e -> TextConventions.matches(e, text, entry.formats()));
      if (wrong) {
        return MISREAD;
      }
    }
    return matched > 0 ? PARTIAL : MISSED;
  }
}
