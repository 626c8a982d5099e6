package dev.framecode.zxing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.framecode.Barcode;
import dev.framecode.BarcodeFormat;
import dev.framecode.Detection;
import dev.framecode.Frame;
import dev.framecode.PixelFormat;
import dev.framecode.Quad;
import dev.framecode.Rect;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ZxingDecoderTest {

  private final ZxingDecoder decoder = new ZxingDecoder();

  static Stream<Arguments> everyWritableFormatAtEveryRightAngle() {
    List<Arguments> cases = new ArrayList<>();
    for (BarcodeFormat format : RenderedCodes.SAMPLES.keySet()) {
      for (int rotation : new int[] {0, 90, 180, 270}) {
        cases.add(Arguments.of(format, rotation));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} turned {1} degrees")
  @MethodSource("everyWritableFormatAtEveryRightAngle")
  void readsEveryWritableFormatAtEveryRightAngle(BarcodeFormat format, int rotation) {
    String written = RenderedCodes.SAMPLES.get(format);
    Frame frame = RenderedCodes.render(format, written, rotation);

    List<Barcode> barcodes = decoder.decode(frame);

    assertThat(barcodes)
        .extracting(Barcode::format, Barcode::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                format, RenderedCodes.expectedText(format, written)));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "where am I",
        "a longer text, so that the symbol has an alignment pattern inside it: version 3"
      })
  void reportsCornersInsideTheCodeWhereItWasDrawn(String text) {
    Frame frame = RenderedCodes.render(BarcodeFormat.QR_CODE, text, 0);

    Barcode barcode = decoder.decode(frame).get(0);

    Rect bounds = barcode.corners().bounds();
    // The code occupies [40, width - 40) on both axes; finder centres sit inside that.
    assertThat(bounds.x()).isBetween(40.0, 80.0);
    assertThat(bounds.y()).isBetween(40.0, 80.0);
    assertThat(bounds.maxX()).isBetween(frame.width() - 80.0, frame.width() - 40.0);
    assertThat(bounds.maxY()).isBetween(frame.height() - 80.0, frame.height() - 40.0);
    // An upright square symbol: the corners form a parallelogram, opposite corners sharing a
    // midpoint, the frame's centre.
    Quad q = barcode.corners();
    double cx = frame.width() / 2.0;
    double cy = frame.height() / 2.0;
    org.assertj.core.data.Offset<Double> close = org.assertj.core.data.Offset.offset(3.0);
    assertThat((q.p0().x() + q.p2().x()) / 2).isCloseTo(cx, close);
    assertThat((q.p1().x() + q.p3().x()) / 2).isCloseTo(cx, close);
    assertThat((q.p0().y() + q.p2().y()) / 2).isCloseTo(cy, close);
    assertThat((q.p1().y() + q.p3().y()) / 2).isCloseTo(cy, close);
  }

  @Test
  void readsSeveralCodesInOneFrame() {
    Frame qr = RenderedCodes.render(BarcodeFormat.QR_CODE, "left code", 0);
    Frame linear = RenderedCodes.render(BarcodeFormat.CODE_128, "RIGHT-CODE", 0);
    Frame both = sideBySide(qr, linear);

    List<Barcode> barcodes = decoder.decode(both);

    assertThat(barcodes)
        .extracting(Barcode::text)
        .containsExactlyInAnyOrder("left code", "RIGHT-CODE");
    Barcode right = barcodes.stream().filter(b -> b.text().equals("RIGHT-CODE")).findFirst().get();
    assertThat(right.corners().center().x()).isGreaterThan(qr.width());
  }

  @Test
  void keepsTwoIdenticalCodesSideBySideAsTwo() {
    Frame qr = RenderedCodes.render(BarcodeFormat.QR_CODE, "twin", 0);

    List<Barcode> barcodes = decoder.decode(sideBySide(qr, qr));

    assertThat(barcodes).extracting(Barcode::text).containsExactly("twin", "twin");
    assertThat(barcodes.get(0).corners().center().x())
        .isNotCloseTo(
            barcodes.get(1).corners().center().x(), org.assertj.core.data.Offset.offset(50.0));
  }

  @Test
  void returnsNothingForABlankFrame() {
    byte[] gray = new byte[320 * 240];
    Arrays.fill(gray, (byte) 200);

    assertThat(decoder.decode(Frame.wrap(gray, 320, 240, PixelFormat.GRAY8))).isEmpty();
  }

  /** A QR code reading "inverted", rendered light on dark. */
  private static Frame lightOnDark() {
    Frame frame = RenderedCodes.render(BarcodeFormat.QR_CODE, "inverted", 0);
    byte[] gray = frame.toGray();
    for (int i = 0; i < gray.length; i++) {
      gray[i] = (byte) (255 - (gray[i] & 0xFF));
    }
    return Frame.wrap(gray, frame.width(), frame.height(), PixelFormat.GRAY8);
  }

  @Test
  void readsLightOnDarkCodes() {
    List<Barcode> barcodes = decoder.decode(lightOnDark());

    assertThat(barcodes).extracting(Barcode::text).containsExactly("inverted");
  }

  @Test
  void readsLightOnDarkCodesInARegionAtTheFirstAttempt() {
    Frame frame = lightOnDark();
    Detection region =
        new Detection(new Rect(0, 0, frame.width(), frame.height()), 0.9f, 0, "region");

    List<Barcode> barcodes = decoder.decode(frame, region, 0);

    assertThat(barcodes).extracting(Barcode::text).containsExactly("inverted");
  }

  @Test
  void readsOnlyTheFormatsItIsAskedFor() {
    Frame frame = RenderedCodes.render(BarcodeFormat.QR_CODE, "not wanted", 0);
    ZxingDecoder onlyLinear =
        new ZxingDecoder(
            ZxingDecoderOptions.builder()
                .formats(EnumSet.of(BarcodeFormat.CODE_128, BarcodeFormat.EAN_13))
                .build());

    assertThat(onlyLinear.decode(frame)).isEmpty();
  }

  @Test
  void readsColourFramesAndMapsARegionBackToFramePixels() {
    Frame code = RenderedCodes.render(BarcodeFormat.EAN_13, "5901234123457", 0);
    int offsetX = 300;
    int offsetY = 200;
    int width = code.width() + 2 * offsetX;
    int height = code.height() + 2 * offsetY;
    byte[] bgr = new byte[width * height * 3];
    Arrays.fill(bgr, (byte) 255);
    for (int y = 0; y < code.height(); y++) {
      for (int x = 0; x < code.width(); x++) {
        int i = ((y + offsetY) * width + x + offsetX) * 3;
        bgr[i] = bgr[i + 1] = bgr[i + 2] = (byte) code.luminance(x, y);
      }
    }
    Frame frame = Frame.wrap(bgr, width, height, PixelFormat.BGR24);
    Detection region =
        new Detection(new Rect(offsetX + 30, offsetY + 30, code.width() - 60, 130), 0.9f, 0, "b");

    List<Barcode> barcodes = decoder.decode(frame, region);

    assertThat(barcodes).extracting(Barcode::text).containsExactly("5901234123457");
    Rect bounds = barcodes.get(0).corners().bounds();
    assertThat(bounds.x()).isBetween(offsetX + 30.0, offsetX + 60.0);
    assertThat(bounds.maxX())
        .isBetween(offsetX + code.width() - 60.0, offsetX + code.width() - 30.0);
  }

  @Test
  void readsARegionLabelledWithAFormatForThatFormatAlone() {
    Frame frame = RenderedCodes.render(BarcodeFormat.QR_CODE, "labelled", 0);
    Rect all = new Rect(0, 0, frame.width(), frame.height());

    assertThat(decoder.decode(frame, new Detection(all, 1f, 0, "QR_CODE")))
        .extracting(Barcode::text)
        .containsExactly("labelled");
    assertThat(decoder.decode(frame, new Detection(all, 1f, 0, "CODE_128"))).isEmpty();
    assertThat(decoder.decode(frame, new Detection(all, 1f, 0, "MICRO_QR_CODE"))).isEmpty();
  }

  @Test
  void readsATiltedRegionWhicheverStepTheLadderStartsAt() {
    Frame drawn = RenderedCodes.render(BarcodeFormat.DATA_MATRIX, "tilted matrix", 0);
    GrayImage tilted =
        GrayImage.of(drawn.toGray(), drawn.width(), drawn.height()).scale(2).rotate(-23);
    // Time enough for the whole ladder: what is checked is that every starting step gets round.
    ZxingDecoder patient =
        new ZxingDecoder(ZxingDecoderOptions.builder().timeBudget(Duration.ofSeconds(20)).build());
    Frame frame = Frame.wrap(tilted.pixels(), tilted.width(), tilted.height(), PixelFormat.GRAY8);
    Detection region =
        new Detection(new Rect(10, 10, frame.width() - 20, frame.height() - 20), 1f, 0, "b");

    for (int failed = 0; failed < 12; failed++) {
      assertThat(patient.decode(frame, region, failed))
          .as("after %d failed attempts", failed)
          .extracting(Barcode::text)
          .containsExactly("tilted matrix");
    }
  }

  @Test
  void readsARegionOnGreyPaperWhoseBorderIsNotWhite() {
    // Grey paper under a dark band, as in a photo of a label: a white quiet zone added around the
    // crop would become each row's lightest tone and throw ZXing's row threshold.
    Frame code = RenderedCodes.render(BarcodeFormat.EAN_13, "9784872348880", 0);
    int width = 480;
    int height = 360;
    byte[] gray = new byte[width * height];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        int cx = x - (width - code.width()) / 2;
        int cy = y - 110;
        boolean ink =
            cx >= 0
                && cy >= 0
                && cx < code.width()
                && cy < code.height()
                && code.luminance(cx, cy) < 128;
        int paper = y < 60 ? 40 : 150 + (x * 40 / width);
        gray[y * width + x] = (byte) (ink ? 30 : paper);
      }
    }
    Frame frame = Frame.wrap(gray, width, height, PixelFormat.GRAY8);
    Detection region = new Detection(new Rect(0, 0, width, height), 0.9f, 0, "b");

    assertThat(decoder.decode(frame, region))
        .extracting(Barcode::text)
        .containsExactly("9784872348880");
  }

  private static final String LONG_LINEAR = "FRAMECODE-LONG-LINEAR-0123456789";

  // The middle half of the bars of a rendered code: the padded crop still cuts off both ends.
  private static Detection middleHalf(Frame frame) {
    double codeWidth = frame.width() - 80;
    return new Detection(
        new Rect(40 + codeWidth / 4, 50, codeWidth / 2, frame.height() - 100), 0.9f, 0, "b");
  }

  @Test
  void readsAWholeLinearCodeWhenTheRegionCoversOnlyItsMiddle() {
    Frame frame = RenderedCodes.render(BarcodeFormat.CODE_128, LONG_LINEAR, 0);

    List<Barcode> barcodes = decoder.decode(frame, middleHalf(frame));

    assertThat(barcodes).extracting(Barcode::text).containsExactly(LONG_LINEAR);
    assertThat(barcodes.get(0).corners().bounds().x()).isBetween(30.0, 60.0);
  }

  @ParameterizedTest(name = "after {0} failed attempts: {1}")
  @CsvSource({
    // Ladder steps only: none of them sees both ends of the code.
    "0, ''",
    "2, ''",
    // Every fourth attempt reads the strip across the region instead.
    "3, FRAMECODE-LONG-LINEAR-0123456789"
  })
  void spreadsItsStepsOverAttemptsWhenStepsPerRegionAreBounded(int failed, String expected) {
    ZxingDecoder bounded = new ZxingDecoder(ZxingDecoderOptions.builder().regionSteps(1).build());
    Frame frame = RenderedCodes.render(BarcodeFormat.CODE_128, LONG_LINEAR, 0);

    List<Barcode> barcodes = bounded.decode(frame, middleHalf(frame), failed);

    assertThat(barcodes)
        .extracting(Barcode::text)
        .containsExactlyElementsOf(expected.isEmpty() ? List.of() : List.of(expected));
  }

  @Test
  void looksForLightOnDarkCodesOnEveryOtherRoundWhenStepsPerRegionAreBounded() {
    Frame inverted = lightOnDark();
    ZxingDecoder bounded =
        new ZxingDecoder(
            ZxingDecoderOptions.builder()
                .formats(EnumSet.of(BarcodeFormat.QR_CODE))
                .regionSteps(1)
                .build());
    Detection region =
        new Detection(new Rect(0, 0, inverted.width(), inverted.height()), 0.9f, 0, "region");

    int firstRead = -1;
    for (int attempt = 0; attempt < 40 && firstRead < 0; attempt++) {
      if (!bounded.decode(inverted, region, attempt).isEmpty()) {
        firstRead = attempt;
      }
    }

    // The first round over the ladder looks for dark-on-light codes only; a later one reads it.
    assertThat(firstRead).isGreaterThanOrEqualTo(3);
    assertThat(bounded.decode(inverted, region, firstRead))
        .extracting(Barcode::text)
        .containsExactly("inverted");
  }

  @Test
  void refusesANegativeBoundOnStepsPerRegion() {
    assertThatThrownBy(() -> ZxingDecoderOptions.builder().regionSteps(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("regionSteps");
  }

  private static Frame sideBySide(Frame a, Frame b) {
    int width = a.width() + b.width();
    int height = Math.max(a.height(), b.height());
    byte[] gray = new byte[width * height];
    Arrays.fill(gray, (byte) 255);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        if (x < a.width() && y < a.height()) {
          gray[y * width + x] = (byte) a.luminance(x, y);
        } else if (x >= a.width() && y < b.height()) {
          gray[y * width + x] = (byte) b.luminance(x - a.width(), y);
        }
      }
    }
    return Frame.wrap(gray, width, height, PixelFormat.GRAY8);
  }
}
