package org.tamar.booking.appointments;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.tamar.booking.Appointment;
import org.tamar.booking.AppointmentStatus;
import org.tamar.booking.BookedApplicant;
import org.tamar.booking.DocumentType;
import org.tamar.platform.time.BusinessTime;

/** An appointment row with its applicants, as stored: hashes and masked numbers only. */
record StoredAppointment(
    UUID id,
    String reference,
    String typeId,
    String officeId,
    Instant start,
    int persons,
    AppointmentStatus status,
    String enquiryCodeHash,
    List<StoredApplicant> applicants) {

  /** An applicant row; {@code documentHash} is the keyed hash of the normalised number. */
  record StoredApplicant(DocumentType documentType, String documentHash, String maskedNumber) {}

  boolean hasDocument(String documentHash) {
    return applicants.stream().anyMatch(applicant -> applicant.documentHash().equals(documentHash));
  }

  Appointment toAppointment() {
    return new Appointment(
        reference,
        typeId,
        officeId,
        start.atZone(BusinessTime.ZONE).toOffsetDateTime(),
        applicants.stream()
            .map(applicant -> new BookedApplicant(applicant.documentType(), applicant.maskedNumber()))
            .toList(),
        status);
  }
}
