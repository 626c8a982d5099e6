package dev.framecode.zxing;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.Result;
import com.google.zxing.ResultPoint;
import org.junit.jupiter.api.Test;

class ReadValidationTest {

  @Test
  void refusesATextWithBytesThatDidNotConvert() {
    assertThat(ReadValidation.validate(read("AB\uFFFDmj", BarcodeFormat.PDF_417))).isNull();
  }

  @Test
  void refusesATextWithAParserMarkerLeftInIt() {
    assertThat(ReadValidation.validate(read("\uFFFCJ1234567890", BarcodeFormat.MAXICODE))).isNull();
  }

  @Test
  void keepsAWellFormedDataBarExpandedElementString() {
    Result read = read("(01)90012345678908(3103)001750(15)240229", BarcodeFormat.RSS_EXPANDED);

    assertThat(ReadValidation.validate(read)).isSameAs(read);
  }

  @Test
  void refusesADataBarExpandedDateThatIsNoDay() {
    assertThat(ReadValidation.isWellFormedGs1("(01)98898729672104(3204)053598(15)890431"))
        .isFalse();
    assertThat(ReadValidation.isWellFormedGs1("(01)90012345678908(17)231300")).isFalse();
  }

  @Test
  void refusesADataBarExpandedFieldOfTheWrongLengthOrIdentifier() {
    assertThat(ReadValidation.isWellFormedGs1("(01)9001234567890")).isFalse();
    assertThat(ReadValidation.isWellFormedGs1("(01)98349929952065(32010)028812(15)1500420"))
        .isFalse();
  }

  @Test
  void leavesDataBarExpandedTextThatIsNoElementStringAlone() {
    assertThat(ReadValidation.isWellFormedGs1("(8110))2345672(1*813")).isTrue();
    assertThat(ReadValidation.isWellFormedGs1("plain data")).isTrue();
  }

  @Test
  void takesTheStructuredAppendHeaderOffAnAztecText() {
    Result validated = ReadValidation.validate(read(" Z1.txt DG3456", BarcodeFormat.AZTEC));

    assertThat(validated.getText()).isEqualTo("3456");
    assertThat(ReadValidation.validate(read(" BC payload", BarcodeFormat.AZTEC)).getText())
        .isEqualTo(" payload");
  }

  @Test
  void leavesAnAztecTextWithoutAHeaderAsItIs() {
    assertThat(ReadValidation.validate(read("Code 2D!", BarcodeFormat.AZTEC)).getText())
        .isEqualTo("Code 2D!");
    // A position after the count is no header.
    assertThat(ReadValidation.validate(read(" DB data", BarcodeFormat.AZTEC)).getText())
        .isEqualTo(" DB data");
  }

  private static Result read(String text, BarcodeFormat format) {
    return new Result(text, null, new ResultPoint[0], format);
  }
}
