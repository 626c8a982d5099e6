package dev.framecode.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.TypeConversionException;

class TimeConverterTest {

  private final TimeConverter converter = new TimeConverter();

  @ParameterizedTest(name = "{0} is {1} ms")
  @CsvSource({"12.5, 12500", "90, 90000", "1:15, 75000", "1:02:03.5, 3723500", "0:59.9, 59900"})
  void readsSecondsAndClockTimes(String text, long millis) {
    assertThat(converter.convert(text)).isEqualTo(Duration.ofMillis(millis));
  }

  @ParameterizedTest(name = "refuses ''{0}''")
  @ValueSource(strings = {"1:75", "1:60", "2:60:00", "1:-5", "-3", "abc", "1:2:3:4", ""})
  void refusesWhatIsNotATime(String text) {
    assertThatThrownBy(() -> converter.convert(text))
        .isInstanceOf(TypeConversionException.class)
        .hasMessageContaining("'" + text + "'");
  }
}
