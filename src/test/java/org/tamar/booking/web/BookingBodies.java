package org.tamar.booking.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tamar.booking.TestDocuments;

/** Builds JSON bodies for the appointment endpoints; starts from a valid one-person booking. */
public final class BookingBodies {

  public static final String TYPE = "first-registration-age-11";

  private final Map<String, Object> body = new LinkedHashMap<>();
  private final List<Map<String, Object>> applicants = new ArrayList<>();

  private BookingBodies(String officeId, String start) {
    body.put("type", TYPE);
    body.put("officeId", officeId);
    body.put("start", start);
    body.put("applicants", applicants);
    body.put("enquiryCode", "2468");
  }

  /** Starts a booking body at an office and slot start for one applicant with a fresh HKID number. */
  public static BookingBodies booking(String officeId, String start) {
    return new BookingBodies(officeId, start).applicant(TestDocuments.nextHkid());
  }

  public BookingBodies applicant(String hkid) {
    return applicant("HKID", hkid, "2010-05-01");
  }

  public BookingBodies applicant(String documentType, String number, String dateOfBirth) {
    Map<String, Object> applicant = new LinkedHashMap<>();
    applicant.put("documentType", documentType);
    applicant.put("documentNumber", number);
    applicant.put("dateOfBirth", dateOfBirth);
    applicants.add(applicant);
    return this;
  }

  public BookingBodies withoutApplicants() {
    applicants.clear();
    return this;
  }

  public BookingBodies with(String field, Object value) {
    body.put(field, value);
    return this;
  }

  /** Returns the document number of the first applicant. */
  public String firstDocument() {
    return (String) applicants.getFirst().get("documentNumber");
  }

  public Map<String, Object> build() {
    return body;
  }

  public static Map<String, Object> credentials(String documentNumber, String enquiryCode) {
    Map<String, Object> credentials = new LinkedHashMap<>();
    credentials.put("documentNumber", documentNumber);
    credentials.put("enquiryCode", enquiryCode);
    return credentials;
  }
}
