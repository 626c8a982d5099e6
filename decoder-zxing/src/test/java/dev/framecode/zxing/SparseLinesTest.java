package dev.framecode.zxing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import com.google.zxing.ResultPoint;
import com.google.zxing.common.HybridBinarizer;
import dev.framecode.BarcodeFormat;
import dev.framecode.Frame;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SparseLinesTest {

  private static final Map<DecodeHintType, Object> CODE_128 =
      Map.of(DecodeHintType.POSSIBLE_FORMATS, EnumSet.of(com.google.zxing.BarcodeFormat.CODE_128));

  @Test
  void samplesAboutMaxLinesRowsWithAPhaseThatMovesOnEachRound() {
    assertThat(SparseLines.forHeight(300, 0)).isEqualTo(new SparseLines(2, 0));
    assertThat(SparseLines.forHeight(1024, 5)).isEqualTo(new SparseLines(8, 5));
    assertThat(SparseLines.forHeight(1024, 9)).isEqualTo(new SparseLines(8, 1));
    assertThat(SparseLines.forHeight(40, 3)).isEqualTo(new SparseLines(1, 0));
  }

  @Test
  void readsAnUprightCodeWithItsPointsOnTheCode() {
    Frame frame = RenderedCodes.render(BarcodeFormat.CODE_128, "SPARSE-ROWS", 0);

    Result result = SparseLines.forHeight(frame.height(), 0).read(bitmap(frame), CODE_128);

    assertThat(result.getText()).isEqualTo("SPARSE-ROWS");
    ResultPoint[] points = result.getResultPoints();
    // The scan line runs from the start pattern on the left to the stop pattern on the right.
    assertThat(points[0].getX()).isLessThan(frame.width() * 0.3f);
    assertThat(points[1].getX()).isGreaterThan(frame.width() * 0.7f);
    assertThat(points[0].getY()).isBetween(0f, (float) frame.height());
  }

  @Test
  void readsAnUpsideDownCodeRightToLeftWithItsPointsInTheImagesOwnPixels() {
    Frame frame = RenderedCodes.render(BarcodeFormat.CODE_128, "UPSIDE-DOWN", 180);

    Result result = SparseLines.forHeight(frame.height(), 0).read(bitmap(frame), CODE_128);

    assertThat(result.getText()).isEqualTo("UPSIDE-DOWN");
    assertThat(result.getResultMetadata()).containsEntry(ResultMetadataType.ORIENTATION, 180);
    // Read from the right: the start pattern is now the point further right.
    ResultPoint[] points = result.getResultPoints();
    assertThat(points[0].getX()).isGreaterThan(frame.width() * 0.7f);
    assertThat(points[1].getX()).isLessThan(frame.width() * 0.3f);
  }

  @Test
  void readsAVerticalCodeAlongColumnsWithItsPointsInTheImagesOwnPixels() {
    Frame frame = RenderedCodes.render(BarcodeFormat.CODE_128, "DOWN-THE-PAGE", 90);

    Result result = SparseLines.forHeight(frame.height(), 0).read(bitmap(frame), CODE_128);

    assertThat(result.getText()).isEqualTo("DOWN-THE-PAGE");
    ResultPoint[] points = result.getResultPoints();
    // Turned clockwise, the code runs from top to bottom down the middle of the frame.
    for (ResultPoint p : points) {
      assertThat(p.getX()).isBetween(frame.width() * 0.2f, frame.width() * 0.8f);
    }
    assertThat(Math.abs(points[1].getY() - points[0].getY())).isGreaterThan(frame.height() * 0.5f);
    assertThat(result.getResultMetadata().get(ResultMetadataType.ORIENTATION)).isIn(90, 270);
  }

  @Test
  void findsACodeOnOneRowOnlyAtThePhaseThatSamplesThatRow() {
    Frame code = RenderedCodes.render(BarcodeFormat.CODE_128, "ONE-ROW", 0);
    int height = 512;
    int row = 201;
    byte[] gray = new byte[code.width() * height];
    Arrays.fill(gray, (byte) 255);
    for (int x = 0; x < code.width(); x++) {
      gray[row * code.width() + x] = (byte) code.luminance(x, code.height() / 2);
    }
    Frame frame = Frame.wrap(gray, code.width(), height, dev.framecode.PixelFormat.GRAY8);
    SparseLines missing = SparseLines.forHeight(height, 0);
    SparseLines hitting = SparseLines.forHeight(height, row);

    assertThat(missing.step()).isGreaterThan(1);
    assertThat(row % missing.step()).isNotEqualTo(missing.phase());
    assertThat(missing.read(bitmap(frame), CODE_128)).isNull();
    assertThat(hitting.read(bitmap(frame), CODE_128).getText()).isEqualTo("ONE-ROW");
  }

  @Test
  void refusesAPhaseOutsideItsStep() {
    assertThatThrownBy(() -> new SparseLines(4, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("phase 4");
    assertThatThrownBy(() -> new SparseLines(0, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  private static BinaryBitmap bitmap(Frame frame) {
    return new BinaryBitmap(
        new HybridBinarizer(
            new GrayLuminanceSource(frame.toGray(), frame.width(), frame.height())));
  }
}
