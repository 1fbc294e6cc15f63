package org.tamar.booking.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.tamar.booking.DocumentType;

class BookingJourneyTest {

  private static final OffsetDateTime START = OffsetDateTime.parse("2026-10-20T08:45+08:00");

  @Test
  void newJourneyStartsWithType() {
    assertThat(new BookingJourney().firstIncompletePath()).isEqualTo(BookingPaths.TYPE);
  }

  @Test
  void laterPageCannotBeShownBeforeEarlierAnswers() {
    BookingJourney journey = new BookingJourney();
    journey.chooseType("replacement-age-18");

    assertThat(journey.canShow(BookingPaths.OFFICE)).isFalse();
  }

  @Test
  void answeredPageLeadsToNextPage() {
    BookingJourney journey = new BookingJourney();
    journey.chooseType("replacement-age-18");
    journey.chooseApplicantCount(2);

    assertThat(journey.pathAfter(BookingPaths.APPLICANTS)).isEqualTo(BookingPaths.applicant(1));
  }

  @Test
  void completeJourneyReachesCheckPage() {
    assertThat(complete().firstIncompletePath()).isEqualTo(BookingPaths.CHECK);
  }

  @Test
  void changeWhileReviewingReturnsToCheckPage() {
    BookingJourney journey = complete();
    journey.startReviewing();
    journey.chooseEnquiryCode("1234", null);

    assertThat(journey.pathAfter(BookingPaths.ENQUIRY_CODE)).isEqualTo(BookingPaths.CHECK);
  }

  @Test
  void newOfficeClearsDateAndTime() {
    BookingJourney journey = complete();
    journey.startReviewing();

    journey.chooseOffice("rop-kowloon");

    assertThat(journey.pathAfter(BookingPaths.OFFICE)).isEqualTo(BookingPaths.DATE);
  }

  @Test
  void sameOfficeKeepsDateAndTime() {
    BookingJourney journey = complete();

    journey.chooseOffice("rop-tseung-kwan-o");

    assertThat(journey.start()).isEqualTo(START);
  }

  @Test
  void moreApplicantsClearTime() {
    BookingJourney journey = complete();

    journey.chooseApplicantCount(2);

    assertThat(journey.start()).isNull();
  }

  @Test
  void moreApplicantsAskForTheNewApplicant() {
    BookingJourney journey = complete();
    journey.startReviewing();

    journey.chooseApplicantCount(2);

    assertThat(journey.pathAfter(BookingPaths.APPLICANTS)).isEqualTo(BookingPaths.applicant(2));
  }

  @Test
  void fewerApplicantsDropTheLastOnes() {
    BookingJourney journey = complete();
    journey.answerApplicant(2, applicant("XY987654(8)"));
    journey.chooseApplicantCount(1);

    assertThat(journey.applicants()).hasSize(1);
  }

  @Test
  void toStringHidesPersonalData() {
    BookingJourney journey = complete();

    assertThat(journey.toString()).doesNotContain("A123456").doesNotContain("1234");
  }

  private static BookingJourney complete() {
    BookingJourney journey = new BookingJourney();
    journey.chooseType("replacement-age-18");
    journey.chooseApplicantCount(1);
    journey.answerApplicant(1, applicant("A123456(3)"));
    journey.chooseOffice("rop-tseung-kwan-o");
    journey.chooseDate(LocalDate.of(2026, 10, 20));
    journey.chooseStart(START);
    journey.chooseEnquiryCode("1234", null);
    return journey;
  }

  private static ApplicantAnswer applicant(String number) {
    return new ApplicantAnswer(DocumentType.HKID, number, LocalDate.of(2008, 1, 1));
  }
}
