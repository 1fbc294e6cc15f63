package org.tamar.booking.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tamar.booking.DocumentType;

/** The public entry point that pages use to check and show numbers as typed. */
class DocumentNumbersTest {

  @Test
  void formatsLowerCaseHkidWithoutBrackets() {
    assertThat(DocumentNumbers.format(DocumentType.HKID, "a1234563")).isEqualTo("A123456(3)");
  }

  @Test
  void formatsTwoLetterHkidInLowerCase() {
    assertThat(DocumentNumbers.format(DocumentType.HKID, "xy987654(8)")).isEqualTo("XY987654(8)");
  }

  @Test
  void formatsBirthCertificateWithSpaces() {
    assertThat(DocumentNumbers.format(DocumentType.HK_BIRTH_CERTIFICATE, " g 000000 a "))
        .isEqualTo("G000000(A)");
  }

  @Test
  void formatsTravelDocumentInUpperCase() {
    assertThat(DocumentNumbers.format(DocumentType.TRAVEL_DOCUMENT, "k12 345 678"))
        .isEqualTo("K12345678");
  }

  @Test
  void leavesInvalidNumberAsTyped() {
    assertThat(DocumentNumbers.format(DocumentType.HKID, " a123456(4) ")).isEqualTo("a123456(4)");
  }
}
