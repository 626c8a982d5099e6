package dev.framecode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScannerTest {

  private static final Frame FRAME = Frame.wrap(new byte[100 * 100], 100, 100, PixelFormat.GRAY8);

  /** A decoder that reads a fixed code in chosen regions and records what it was asked. */
  static final class ScriptedDecoder implements Decoder {
    final List<Barcode> fullFrame = new ArrayList<>();
    final List<Barcode> perRegion = new ArrayList<>();
    final List<String> calls = new ArrayList<>();

    @Override
    public List<Barcode> decode(Frame frame) {
      calls.add("full");
      return fullFrame;
    }

    @Override
    public List<Barcode> decode(Frame frame, Detection region) {
      calls.add("region " + region.label());
      return perRegion;
    }
  }

  private static Barcode code(String text, double x) {
    return new Barcode(text, null, BarcodeFormat.QR_CODE, Quad.of(new Rect(x, 10, 20, 20)), 0, 0);
  }

  private static Detector detecting(String... labels) {
    return frame -> {
      List<Detection> found = new ArrayList<>();
      for (String label : labels) {
        found.add(new Detection(new Rect(0, 0, 50, 50), 0.8f, 0, label));
      }
      return found;
    };
  }

  @Test
  void withoutADetectorDecodesTheWholeFrame() {
    ScriptedDecoder decoder = new ScriptedDecoder();
    decoder.fullFrame.add(code("a", 0));

    List<Barcode> found = Scanner.builder(decoder).build().scan(FRAME);

    assertThat(found).extracting(Barcode::text).containsExactly("a");
    assertThat(decoder.calls).containsExactly("full");
  }

  @Test
  void decodesEachDetectedRegionAndKeepsOneReadingPerCode() {
    ScriptedDecoder decoder = new ScriptedDecoder();
    decoder.perRegion.add(code("a", 0));

    List<Barcode> found =
        Scanner.builder(decoder).detector(detecting("one", "two")).build().scan(FRAME);

    assertThat(found).extracting(Barcode::text).containsExactly("a");
    assertThat(decoder.calls).containsExactly("region one", "region two");
  }

  @Test
  void keepsTwoIdenticalPayloadsAtDifferentPlaces() {
    ScriptedDecoder decoder = new ScriptedDecoder();
    decoder.fullFrame.add(code("same", 0));
    decoder.fullFrame.add(code("same", 60));
    decoder.perRegion.add(code("same", 0));
    decoder.perRegion.add(code("same", 60));

    List<Barcode> found = Scanner.builder(decoder).detector(detecting("r")).build().scan(FRAME);

    assertThat(found).hasSize(2);
  }

  @Test
  void fallsBackToTheWholeFrameWhenRegionsYieldNothing() {
    ScriptedDecoder decoder = new ScriptedDecoder();
    decoder.fullFrame.add(code("missed by the detector", 0));

    List<Barcode> found = Scanner.builder(decoder).detector(detecting("r")).build().scan(FRAME);

    assertThat(found).extracting(Barcode::text).containsExactly("missed by the detector");
    assertThat(decoder.calls).containsExactly("region r", "full");
  }

  @Test
  void withoutFallbackReportsOnlyWhatTheRegionsYield() {
    ScriptedDecoder decoder = new ScriptedDecoder();
    decoder.fullFrame.add(code("missed by the detector", 0));

    List<Barcode> found =
        Scanner.builder(decoder)
            .detector(detecting("r"))
            .fullFrameFallback(false)
            .build()
            .scan(FRAME);

    assertThat(found).isEmpty();
    assertThat(decoder.calls).containsExactly("region r");
  }
}
