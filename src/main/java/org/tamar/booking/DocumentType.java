package org.tamar.booking;

/** The identity document an applicant gives. */
public enum DocumentType {
  /** Hong Kong identity card: one or two letters, six digits and a check digit, e.g. A123456(3). */
  HKID,
  /** Hong Kong birth certificate, which carries the same letter-digit-check number as an HKID. */
  HK_BIRTH_CERTIFICATE,
  /** A travel document such as a passport: 5 to 20 letters and digits. */
  TRAVEL_DOCUMENT
}
