package org.tamar.booking.appointments;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.tamar.booking.AppointmentCredentials;
import org.tamar.booking.TooManyAttemptsException;
import org.tamar.platform.audit.AuditOutcome;
import org.tamar.platform.problem.FieldProblem;
import org.tamar.platform.problem.ProblemException;

/**
 * Finds the active appointment that a document number and enquiry code open, counting the attempt
 * towards the lockout. An unknown number, a wrong code and a reference that is not the person's all
 * give the same 404, so the response does not show which numbers have appointments.
 */
@Component
class EnquiryCodeCheck {

  private static final Logger log = LoggerFactory.getLogger(EnquiryCodeCheck.class);

  private final EnquiryAttempts attempts;
  private final AppointmentRepository appointments;
  private final BookingSecrets secrets;
  private final BookingAudit audit;

  EnquiryCodeCheck(
      EnquiryAttempts attempts,
      AppointmentRepository appointments,
      BookingSecrets secrets,
      BookingAudit audit) {
    this.attempts = attempts;
    this.appointments = appointments;
    this.secrets = secrets;
    this.audit = audit;
  }

  /** The appointment a check opened, and the keyed hash of the document number that opened it. */
  record Opened(StoredAppointment appointment, String documentHash) {}

  /**
   * Opens the earliest active appointment of the document number whose code matches, or the one with
   * {@code reference} when it is given.
   *
   * @param action the audit action of the caller, such as {@code booking.appointment.cancel}
   * @throws ProblemException 400 {@code validation_failed} for a malformed number or code, which does
   *     not count as an attempt; 404 {@code appointment_not_found}; 429 {@code too_many_attempts}
   */
  Opened open(
      AppointmentCredentials credentials,
      Optional<String> reference,
      String action,
      String sourceAddress) {
    Matches matches = openAll(credentials, reference, action, sourceAddress);
    return new Opened(matches.appointments().getFirst(), matches.documentHash());
  }

  /** The active appointments a check opened, earliest first, never empty. */
  record Matches(List<StoredAppointment> appointments, String documentHash) {}

  /**
   * Opens every active appointment of the document number whose code matches, earliest first, or
   * only the one with {@code reference} when it is given. The call counts as one attempt towards the
   * lockout, however many appointments it opens.
   *
   * @throws ProblemException as {@link #open}
   */
  Matches openAll(
      AppointmentCredentials credentials,
      Optional<String> reference,
      String action,
      String sourceAddress) {
    String normalised = validNumber(credentials);
    EnquiryCode code = new EnquiryCode(credentials.enquiryCode());
    String documentHash = secrets.documentHash(normalised);
    int attempt;
    try {
      attempt = attempts.begin(documentHash);
    } catch (TooManyAttemptsException locked) {
      audit.refusal(action, documentHash, AuditOutcome.DENIED, sourceAddress, Map.of("reason", "locked_out"));
      throw locked;
    }
    List<StoredAppointment> matches =
        appointments.findActiveByDocument(documentHash).stream()
            .filter(candidate -> reference.isEmpty() || candidate.reference().equals(reference.get()))
            .filter(candidate -> secrets.enquiryCodeMatches(candidate.reference(), code, candidate.enquiryCodeHash()))
            .toList();
    if (matches.isEmpty()) {
      reject(attempt, documentHash, action, sourceAddress);
    }
    attempts.succeeded(documentHash);
    return new Matches(matches, documentHash);
  }

  /** Audits a failed attempt, and the lockout it starts, then throws the 404 problem. */
  private void reject(int attempt, String documentHash, String action, String sourceAddress) {
    audit.refusal(action, documentHash, AuditOutcome.DENIED, sourceAddress, Map.of("reason", "no_match"));
    if (EnquiryAttempts.startsLockout(attempt)) {
      log.warn(
          "Document hash {}... locked out for {} after {} wrong enquiry codes",
          documentHash.substring(0, 12),
          EnquiryAttempts.LOCKOUT,
          attempt);
      audit.refusal(
          BookingAudit.LOCKOUT,
          documentHash,
          AuditOutcome.DENIED,
          sourceAddress,
          Map.of("failures", Integer.toString(attempt), "minutes", Long.toString(EnquiryAttempts.LOCKOUT.toMinutes())));
    }
    throw new ProblemException(HttpStatus.NOT_FOUND, "appointment_not_found");
  }

  /** Checks the format of the credentials and returns the normalised document number. */
  private static String validNumber(AppointmentCredentials credentials) {
    List<FieldProblem> problems = CredentialsFormat.problems(credentials);
    if (!problems.isEmpty()) {
      throw new ProblemException(HttpStatus.BAD_REQUEST, "validation_failed", problems);
    }
    return DocumentNumber.normaliseForLookUp(credentials.documentNumber());
  }
}
