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
      for (String part : parts) {
        seconds = seconds * 60 + Double.parseDouble(part);
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
        "a time must be seconds, M:SS or H:MM:SS and not negative, got '" + value + "'");
  }
}
