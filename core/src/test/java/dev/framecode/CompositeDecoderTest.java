package dev.framecode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompositeDecoderTest {

  private static final Frame FRAME = Frame.wrap(new byte[64 * 64], 64, 64, PixelFormat.GRAY8);

  /** A decoder that always reads the same codes and counts its calls and closes. */
  static final class FixedDecoder implements Decoder {
    final List<Barcode> codes;
    int calls;
    int closes;

    FixedDecoder(Barcode... codes) {
      this.codes = List.of(codes);
    }

    @Override
    public List<Barcode> decode(Frame frame) {
      calls++;
      return new ArrayList<>(codes);
    }

    @Override
    public void close() {
      closes++;
    }
  }

  private static Barcode code(String text, double x) {
    return new Barcode(text, null, BarcodeFormat.AZTEC, Quad.of(new Rect(x, 0, 10, 10)), 0, 0);
  }

  @Test
  void asksTheNextDecoderOnlyWhenTheFirstReadsNothing() {
    FixedDecoder first = new FixedDecoder(code("a", 0));
    FixedDecoder second = new FixedDecoder(code("b", 20));

    List<Barcode> found = CompositeDecoder.untilFound(first, second).decode(FRAME);

    assertThat(found).extracting(Barcode::text).containsExactly("a");
    assertThat(second.calls).isZero();
  }

  @Test
  void fallsThroughToTheNextDecoder() {
    FixedDecoder nothing = new FixedDecoder();
    FixedDecoder second = new FixedDecoder(code("b", 20));

    assertThat(CompositeDecoder.untilFound(nothing, second).decode(FRAME))
        .extracting(Barcode::text)
        .containsExactly("b");
  }

  @Test
  void askingAllMergesAndCountsTheSameCodeAtTheSamePlaceOnce() {
    FixedDecoder first = new FixedDecoder(code("a", 0), code("twin", 30));
    FixedDecoder second = new FixedDecoder(code("a", 1), code("twin", 50));

    List<Barcode> found = CompositeDecoder.askingAll(first, second).decode(FRAME);

    assertThat(found).extracting(Barcode::text).containsExactly("a", "twin", "twin");
  }

  @Test
  void closesEveryDecoder() {
    FixedDecoder first = new FixedDecoder();
    FixedDecoder second = new FixedDecoder();

    CompositeDecoder.untilFound(first, second).close();

    assertThat(first.closes).isEqualTo(1);
    assertThat(second.closes).isEqualTo(1);
  }

  @Test
  void needsAtLeastOneDecoder() {
    assertThatThrownBy(CompositeDecoder::untilFound)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one decoder");
  }
}
