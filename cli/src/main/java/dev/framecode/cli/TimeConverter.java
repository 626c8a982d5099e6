package dev.framecode.cli;

import java.time.Duration;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a time in a video: seconds ({@code 12.5}), {@code M:SS} or {@code H:MM:SS(.s)}. */
final class TimeConverter implements ITypeConverter<Duration> {

  @Override
  public Duration convert(String value) {
    String[] parts = value.trim().split(":");
    if (parts.length > 3) {
      throw invalid(value);
    }
    double seconds = 0;
    try {
      for (int i = 0; i < parts.length; i++) {
        double field = Double.parseDouble(parts[i]);
        // Only the first field may be 60 or more: 1:75 is not a time.
        if (!(field >= 0) || i > 0 && !(field < 60)) {
          throw invalid(value);
        }
        seconds = seconds * 60 + field;
      }
    } catch (NumberFormatException e) {
      throw invalid(value);
    }
    if (!(seconds >= 0) || Double.isInfinite(seconds)) {
      throw invalid(value);
    }
    return Duration.ofNanos(Math.round(seconds * 1e9));
  }

  private static TypeConversionException invalid(String value) {
    return new TypeConversionException(
        "a time must be seconds, M:SS or H:MM:SS (minutes and seconds below 60) and not negative,"
            + " got '"
            + value
            + "'");
  }
}
