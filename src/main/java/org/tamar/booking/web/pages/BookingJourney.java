package org.tamar.booking.web.pages;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The answers of one booking journey, kept in the HTTP session so that every page can be
 * re-rendered from them, in any language, and the enquiry code never travels in a URL.
 *
 * <p>NOTE: sessions live in the memory of one instance; they must move to Spring Session JDBC
 * before Tamar runs as several instances behind a load balancer.
 */
final class BookingJourney implements Serializable {

  static final int MAX_APPLICANTS = 4;

  private static final String ATTRIBUTE = BookingJourney.class.getName();

  private String typeId;
  private int applicantCount;
  private final List<ApplicantAnswer> applicants = new ArrayList<>();
  private String officeId;
  private LocalDate date;
  private OffsetDateTime start;
  private String enquiryCode;
  private String email;
  private boolean reviewing;

  /** Returns the journey of the session, if one was started. */
  static Optional<BookingJourney> find(HttpSession session) {
    return Optional.ofNullable((BookingJourney) session.getAttribute(ATTRIBUTE));
  }

  /**
   * Returns the journey when the page at {@code path} may be shown: every earlier answer is there.
   */
  static Optional<BookingJourney> findShowable(HttpSession session, String path) {
    return find(session).filter(journey -> journey.canShow(path));
  }

  /** Returns the journey of the session, starting one when there is none. */
  static BookingJourney findOrStart(HttpSession session) {
    return find(session)
        .orElseGet(
            () -> {
              BookingJourney journey = new BookingJourney();
              session.setAttribute(ATTRIBUTE, journey);
              return journey;
            });
  }

  static void end(HttpSession session) {
    session.removeAttribute(ATTRIBUTE);
  }

  /**
   * Returns the path of the first page whose answer is missing, or the check-your-answers page when
   * every answer is there. Pages after the first gap cannot be shown, because their choices depend
   * on the earlier answers (the dates depend on the office and type, the places on the head count).
   */
  String firstIncompletePath() {
    if (typeId == null) {
      return BookingPaths.TYPE;
    }
    if (applicantCount == 0) {
      return BookingPaths.APPLICANTS;
    }
    for (int position = 1; position <= applicantCount; position++) {
      if (applicant(position).isEmpty()) {
        return BookingPaths.applicant(position);
      }
    }
    if (officeId == null) {
      return BookingPaths.OFFICE;
    }
    if (date == null) {
      return BookingPaths.DATE;
    }
    if (start == null) {
      return BookingPaths.TIME;
    }
    if (enquiryCode == null) {
      return BookingPaths.ENQUIRY_CODE;
    }
    return BookingPaths.CHECK;
  }

  /** Returns true when the page at {@code path} may be shown: every earlier answer is there. */
  boolean canShow(String path) {
    List<String> order = BookingPaths.inOrder(applicantCount);
    int requested = order.indexOf(path);
    int firstGap = order.indexOf(firstIncompletePath());
    return requested >= 0 && requested <= firstGap;
  }

  /**
   * Returns where to go after the page at {@code path} was answered: back to the check page while
   * reviewing, unless a change made a later answer missing; otherwise the next page.
   */
  String pathAfter(String path) {
    String gap = firstIncompletePath();
    if (reviewing) {
      return gap;
    }
    List<String> order = BookingPaths.inOrder(applicantCount);
    String next = order.get(order.indexOf(path) + 1);
    return order.indexOf(next) <= order.indexOf(gap) ? next : gap;
  }

  public String typeId() {
    return typeId;
  }

  /** Sets the type; a new type can change the dates on offer, so the date and time go. */
  void chooseType(String newTypeId) {
    if (!newTypeId.equals(typeId)) {
      date = null;
      start = null;
    }
    typeId = newTypeId;
  }

  public int applicantCount() {
    return applicantCount;
  }

  /**
   * Sets the head count. Extra applicants are dropped; more applicants need more places, so the
   * time goes when the count grows.
   */
  void chooseApplicantCount(int count) {
    if (count > applicantCount) {
      start = null;
    }
    applicantCount = count;
    while (applicants.size() > count) {
      applicants.removeLast();
    }
  }

  /** Returns the applicant at a 1-based position, if answered. */
  Optional<ApplicantAnswer> applicant(int position) {
    if (position < 1 || position > applicants.size()) {
      return Optional.empty();
    }
    return Optional.ofNullable(applicants.get(position - 1));
  }

  public List<ApplicantAnswer> applicants() {
    return applicants.stream().filter(answer -> answer != null).toList();
  }

  void answerApplicant(int position, ApplicantAnswer answer) {
    while (applicants.size() < position) {
      applicants.add(null);
    }
    applicants.set(position - 1, answer);
  }

  public String officeId() {
    return officeId;
  }

  void chooseOffice(String newOfficeId) {
    if (!newOfficeId.equals(officeId)) {
      date = null;
      start = null;
    }
    officeId = newOfficeId;
  }

  public LocalDate date() {
    return date;
  }

  void chooseDate(LocalDate newDate) {
    if (!newDate.equals(date)) {
      start = null;
    }
    date = newDate;
  }

  public OffsetDateTime start() {
    return start;
  }

  void chooseStart(OffsetDateTime newStart) {
    start = newStart;
  }

  /** Forgets the chosen time, for example when that slot was taken meanwhile. */
  void clearStart() {
    start = null;
  }

  /** Forgets the chosen date and time, for example when the day can no longer be booked. */
  void clearDate() {
    date = null;
    start = null;
  }

  String enquiryCode() {
    return enquiryCode;
  }

  public String email() {
    return email;
  }

  void chooseEnquiryCode(String code, String newEmail) {
    enquiryCode = code;
    email = newEmail;
  }

  boolean reviewing() {
    return reviewing;
  }

  void startReviewing() {
    reviewing = true;
  }

  @Override
  public String toString() {
    return "BookingJourney[typeId="
        + typeId
        + ", applicants="
        + applicantCount
        + ", officeId="
        + officeId
        + ", start="
        + start
        + "]";
  }
}
