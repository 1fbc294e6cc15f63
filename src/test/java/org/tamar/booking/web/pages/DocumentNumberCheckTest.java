package org.tamar.booking.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tamar.booking.DocumentType;

class DocumentNumberCheckTest {

  private final DocumentNumberCheck check = new DocumentNumberCheck();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "A123456(3)",
        "CA182361(1)",
        "XY987654(8)",
        "G000000(A)",
        "Z683365(A)",
        "XG987654(9)",
        "B987654(0)",
        "AB123456(9)",
        "a123456 (3)",
        "A1234563"
      })
  void validHkidIsAccepted(String number) {
    assertThat(check.problem(DocumentType.HKID, number)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "A123456(4)",
        "A123456(6)",
        "CD987654(4)",
        "123456(3)",
        "ABC123456(3)",
        "A12345(3)"
      })
  void invalidHkidIsRejected(String number) {
    assertThat(check.problem(DocumentType.HKID, number))
        .contains("booking.applicant.error.hkidInvalid");
  }

  @ParameterizedTest
  @ValueSource(strings = {"A123456(4)", "CD987654(4)"})
  void invalidBirthCertificateIsRejected(String number) {
    assertThat(check.problem(DocumentType.HK_BIRTH_CERTIFICATE, number))
        .contains("booking.applicant.error.birthCertificateInvalid");
  }

  @ParameterizedTest
  @ValueSource(strings = {"E1234567", "k 12345", "AB123456789012345678"})
  void travelDocumentOfFiveToTwentyCharactersIsAccepted(String number) {
    assertThat(check.problem(DocumentType.TRAVEL_DOCUMENT, number)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"E123", "AB12345678901234567890", "E1234-567"})
  void travelDocumentOfWrongShapeIsRejected(String number) {
    assertThat(check.problem(DocumentType.TRAVEL_DOCUMENT, number))
        .contains("booking.applicant.error.travelDocumentInvalid");
  }
}
