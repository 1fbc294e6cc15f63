package org.tamar.booking.appointments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class HkidNumberTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "A123456(3)", "CA182361(1)", "XY987654(8)", "G000000(A)",
        "Z683365(A)", "XG987654(9)", "B987654(0)", "AB123456(9)"
      })
  void acceptsPublishedValidExamples(String number) {
    assertThat(HkidNumber.parse(number).formatted()).isEqualTo(number);
  }

  @ParameterizedTest
  @ValueSource(strings = {"A123456(4)", "A123456(6)", "CD987654(4)"})
  void rejectsWrongCheckDigit(String number) {
    assertThatIllegalArgumentException().isThrownBy(() -> HkidNumber.parse(number));
  }

  @Test
  void computesCheckDigitOfTwoLetterPrefix() {
    assertThat(HkidNumber.checkDigitOf("CD", "987654")).isEqualTo('2');
  }

  @Test
  void computesCheckDigitOfOneLetterPrefix() {
    assertThat(HkidNumber.checkDigitOf("A", "123456")).isEqualTo('3');
  }

  @Test
  void computesCheckDigitTenAsA() {
    assertThat(HkidNumber.checkDigitOf("G", "000000")).isEqualTo('A');
  }

  @ParameterizedTest
  @ValueSource(strings = {"a123456(3)", "A1234563", "A 123 456 (3)", " a123456 3 ", "A123456[3]"})
  void normalisesCaseSpacesAndBrackets(String typed) {
    assertThat(HkidNumber.parse(typed).normalised()).isEqualTo("A1234563");
  }

  @Test
  void acceptsLowerCaseCheckLetter() {
    assertThat(HkidNumber.parse("g000000(a)").normalised()).isEqualTo("G000000A");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "A12345(6)", "ABC123456(7)", "1234567(8)", "A1234567(3)", "A123456(B)"})
  void rejectsWrongFormat(String typed) {
    assertThatIllegalArgumentException().isThrownBy(() -> HkidNumber.parse(typed));
  }

  @Test
  void errorMessageOmitsNumber() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> HkidNumber.parse("A123456(4)"))
        .withMessageNotContaining("123456");
  }

  @Test
  void masksAllButPrefixAndFirstDigit() {
    assertThat(HkidNumber.parse("A123456(3)").masked()).isEqualTo("A1*****(*)");
  }

  @Test
  void toStringIsMasked() {
    assertThat(HkidNumber.parse("AB123456(9)").toString()).doesNotContain("23456");
  }

  @Test
  void travelDocumentAcceptsFiveToTwenty() {
    assertThat(TravelDocumentNumber.parse("k12 34567").normalised()).isEqualTo("K1234567");
  }

  @ParameterizedTest
  @ValueSource(strings = {"K123", "K1234567890123456789012", "K12-4567", "K1234é67"})
  void travelDocumentRejectsWrongFormat(String typed) {
    assertThatIllegalArgumentException().isThrownBy(() -> TravelDocumentNumber.parse(typed));
  }

  @Test
  void travelDocumentToStringIsMasked() {
    assertThat(TravelDocumentNumber.parse("K1234567").toString()).doesNotContain("234567");
  }

  @Test
  void enquiryCodeToStringIsMasked() {
    assertThat(new EnquiryCode("1234").toString()).doesNotContain("1234");
  }

  @ParameterizedTest
  @ValueSource(strings = {"123", "12345", "12a4", ""})
  void enquiryCodeRejectsAnythingButFourDigits(String code) {
    assertThatIllegalArgumentException().isThrownBy(() -> new EnquiryCode(code));
  }
}
