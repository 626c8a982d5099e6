package dev.framecode.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextConventionsTest {

  @Test
  void codabarMatchesWithOrWithoutStartAndStop() {
    assertThat(TextConventions.matches("A1234B", "1234", List.of("CODABAR"))).isTrue();
    assertThat(TextConventions.matches("A1234B", "1235", List.of("CODABAR"))).isFalse();
  }

  @Test
  void upcAIsAnEan13WithALeadingZeroAndAddOnsAreIgnored() {
    assertThat(TextConventions.matches("036000291452", "0036000291452", List.of("UPC_A"))).isTrue();
    assertThat(TextConventions.matches("978020137962", "9780201379624", List.of("EAN_13")))
        .isFalse();
    assertThat(TextConventions.matches("9780201379624", "978020137962451234", List.of("EAN_13")))
        .isTrue();
  }

  @Test
  void upcEMatchesItsExpansion() {
    assertThat(TextConventions.expandUpcE("01234565")).isEqualTo("012345000065");
    assertThat(TextConventions.matches("01234565", "012345000065", List.of("UPC_E"))).isTrue();
  }

  @Test
  void dataBarMatchesWithOrWithoutApplicationIdentifier() {
    assertThat(TextConventions.matches("04412345678909", "0104412345678909", List.of("RSS_14")))
        .isTrue();
    assertThat(
            TextConventions.matches(
                "(01)90012345678908(3103)001750",
                "0190012345678908310300175",
                List.of("RSS_EXPANDED")))
        .isFalse();
    assertThat(
            TextConventions.matches(
                "(01)90012345678908(3103)001750",
                "01900123456789083103001750",
                List.of("RSS_EXPANDED")))
        .isTrue();
  }

  @Test
  void code39FullAsciiPairsMatchTheCharactersTheySpell() {
    assertThat(TextConventions.matches("+A+B/A", "ab!", List.of("CODE_39"))).isTrue();
  }
}
