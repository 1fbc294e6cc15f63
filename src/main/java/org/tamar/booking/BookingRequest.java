package org.tamar.booking;

import java.time.OffsetDateTime;
import java.util.List;
import org.tamar.platform.i18n.Language;

/**
 * A request to book one slot for 1 to 4 applicants.
 *
 * @param typeId the appointment type id
 * @param officeId the office id
 * @param start the slot start
 * @param applicants 1 to 4 applicants; each takes one place
 * @param enquiryCode 4 digits chosen by the applicant
 * @param email where to send the acknowledgement, or null
 * @param language the language for later notices
 */
public record BookingRequest(
    String typeId,
    String officeId,
    OffsetDateTime start,
    List<ApplicantDetails> applicants,
    String enquiryCode,
    String email,
    Language language) {

  @Override
  public String toString() {
    return "BookingRequest[typeId=" + typeId + ", officeId=" + officeId + ", start=" + start
        + ", applicants=" + (applicants == null ? 0 : applicants.size()) + "]";
  }
}
