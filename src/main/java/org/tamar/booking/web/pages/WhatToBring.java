package org.tamar.booking.web.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The list of what to bring to an appointment, as message keys of the booking bundle. Every
 * appointment needs the applicants' identity documents and a completed form ROP 1 (or the e-form);
 * each appointment type adds its own documents.
 */
final class WhatToBring {

  private static final Map<String, List<String>> BY_TYPE =
      Map.of(
          "first-registration-age-11", List.of("birthCertificate", "parentPresent"),
          "replacement-age-18", List.of("youthCard"),
          "lost-damaged-defaced", List.of("damagedCard", "otherIdentity", "fee"),
          "amendment-of-particulars", List.of("currentCard", "changeEvidence"),
          "change-of-status", List.of("currentCard", "travelDocumentWithStatus"),
          "new-arrival", List.of("entryDocument", "travelDocument"),
          "pre-2018-card-replacement", List.of("currentCard"));

  private WhatToBring() {}

  static List<String> messageKeys(String typeId, boolean withChild) {
    List<String> keys = new ArrayList<>();
    keys.add("booking.bring.acknowledgement");
    keys.add("booking.bring.form");
    for (String item : BY_TYPE.getOrDefault(typeId, List.of("currentCard"))) {
      keys.add("booking.bring." + item);
    }
    // A child applying with a birth certificate comes with a parent or legal guardian, whatever the
    // type.
    if (withChild && !keys.contains("booking.bring.parentPresent")) {
      keys.add("booking.bring.birthCertificate");
      keys.add("booking.bring.parentPresent");
    }
    return keys;
  }
}
