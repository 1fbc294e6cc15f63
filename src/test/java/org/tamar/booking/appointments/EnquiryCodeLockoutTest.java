package org.tamar.booking.appointments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tamar.booking.web.BookingBodies.booking;
import static org.tamar.booking.web.BookingBodies.credentials;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.tamar.booking.TestDocuments;
import org.tamar.booking.TooManyAttemptsException;
import org.tamar.booking.web.BookingApiClient;
import org.tamar.booking.web.BookingApiClient.Response;
import org.tamar.booking.web.BookingBodies;
import org.tamar.platform.security.KeyedHasher;
import org.tamar.test.TamarTest;

/** The lockout after 5 wrong enquiry codes, over HTTP and against the attempt counter directly. */
@TamarTest
class EnquiryCodeLockoutTest {

  private static final String LOOKUP = "/api/v1/booking/appointments/lookup";
  private static final String OFFICE = "rop-tseung-kwan-o";

  @Value("${local.server.port}")
  int port;

  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactionManager;
  @Autowired Clock clock;
  @Autowired BookingSecrets secrets;

  private BookingApiClient api;

  @BeforeEach
  void connect() {
    api = new BookingApiClient(port);
  }

  private String bookAndReturnDocument(String start) {
    BookingBodies body = booking(OFFICE, start);
    assertThat(api.post("/api/v1/booking/appointments", body.build()).status()).isEqualTo(201);
    return body.firstDocument();
  }

  private void guessWrongFiveTimes(String document) {
    for (int i = 0; i < 5; i++) {
      assertThat(api.post(LOOKUP, credentials(document, "0000")).status()).isEqualTo(404);
    }
  }

  private String hashOf(String document) {
    return secrets.documentHash(DocumentNumber.normaliseForLookUp(document));
  }

  @Test
  void sixthAttemptIsRefusedEvenWithRightCode() {
    String document = bookAndReturnDocument("2026-10-20T09:00:00+08:00");
    guessWrongFiveTimes(document);

    Response response = api.post(LOOKUP, credentials(document, "2468"));

    assertThat(response.status()).isEqualTo(429);
    assertThat(response.code()).isEqualTo("too_many_attempts");
  }

  @Test
  void lockoutGivesRetryAfterInSeconds() {
    String document = bookAndReturnDocument("2026-10-20T09:15:00+08:00");
    guessWrongFiveTimes(document);

    Response response = api.post(LOOKUP, credentials(document, "2468"));

    // The clock is fixed, so the whole 15 minutes remain.
    assertThat(response.raw().headers().firstValue("Retry-After")).hasValue("900");
  }

  @Test
  void lockoutIsAudited() {
    String document = bookAndReturnDocument("2026-10-20T09:30:00+08:00");

    guessWrongFiveTimes(document);

    long rows =
        jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'booking.enquiry-code.lockout' AND subject = :hash AND outcome = 'DENIED'")
            .param("hash", hashOf(document))
            .query(Long.class)
            .single();
    assertThat(rows).isEqualTo(1);
  }

  @Test
  void fourWrongCodesThenRightOneSucceeds() {
    String document = bookAndReturnDocument("2026-10-20T09:45:00+08:00");
    for (int i = 0; i < 4; i++) {
      api.post(LOOKUP, credentials(document, "0000"));
    }

    assertThat(api.post(LOOKUP, credentials(document, "2468")).status()).isEqualTo(200);
  }

  @Test
  void rightCodeClearsTheCount() {
    String document = bookAndReturnDocument("2026-10-20T10:00:00+08:00");
    for (int i = 0; i < 4; i++) {
      api.post(LOOKUP, credentials(document, "0000"));
    }
    api.post(LOOKUP, credentials(document, "2468"));
    for (int i = 0; i < 4; i++) {
      api.post(LOOKUP, credentials(document, "0000"));
    }

    assertThat(api.post(LOOKUP, credentials(document, "2468")).status()).isEqualTo(200);
  }

  @Test
  void unknownDocumentIsLockedOutToo() {
    String unknown = TestDocuments.nextHkid();
    guessWrongFiveTimes(unknown);

    assertThat(api.post(LOOKUP, credentials(unknown, "2468")).status()).isEqualTo(429);
  }

  @Test
  void lockoutAppliesToCancel() {
    String document = bookAndReturnDocument("2026-10-20T10:15:00+08:00");
    String reference = api.post(LOOKUP, credentials(document, "2468")).body().get("reference").asString();
    guessWrongFiveTimes(document);

    Response response =
        api.post("/api/v1/booking/appointments/" + reference + "/cancel", credentials(document, "2468"));

    assertThat(response.status()).isEqualTo(429);
  }

  @Test
  void lockoutOfOneDocumentSparesOthers() {
    String locked = bookAndReturnDocument("2026-10-20T10:30:00+08:00");
    String other = bookAndReturnDocument("2026-10-20T10:30:00+08:00");
    guessWrongFiveTimes(locked);

    assertThat(api.post(LOOKUP, credentials(other, "2468")).status()).isEqualTo(200);
  }

  @Test
  void concurrentGuessesStopAtFive() throws Exception {
    String document = bookAndReturnDocument("2026-10-20T10:45:00+08:00");
    List<Future<Integer>> statuses = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(20)) {
      for (int i = 0; i < 20; i++) {
        statuses.add(pool.submit(() -> api.post(LOOKUP, credentials(document, "0000")).status()));
      }
    }
    int notFound = 0;
    for (Future<Integer> status : statuses) {
      if (status.get() == 404) {
        notFound++;
      }
    }

    assertThat(notFound).isEqualTo(5);
  }

  @Test
  void lockoutEndsAfterFifteenMinutes() {
    String hash = hashOf(TestDocuments.nextHkid());
    EnquiryAttempts now = new EnquiryAttempts(jdbc, transactionManager, clock);
    for (int i = 0; i < 5; i++) {
      now.begin(hash);
    }
    EnquiryAttempts later =
        new EnquiryAttempts(jdbc, transactionManager, Clock.offset(clock, Duration.ofMinutes(15)));

    assertThat(later.begin(hash)).isEqualTo(1);
  }

  @Test
  void lockoutHoldsJustBeforeFifteenMinutes() {
    String hash = hashOf(TestDocuments.nextHkid());
    EnquiryAttempts now = new EnquiryAttempts(jdbc, transactionManager, clock);
    for (int i = 0; i < 5; i++) {
      now.begin(hash);
    }
    EnquiryAttempts almost =
        new EnquiryAttempts(
            jdbc, transactionManager, Clock.offset(clock, Duration.ofMinutes(15).minusSeconds(1)));

    assertThatThrownBy(() -> almost.begin(hash))
        .isInstanceOfSatisfying(
            TooManyAttemptsException.class,
            locked -> assertThat(locked.retryAfter()).isEqualTo(Duration.ofSeconds(1)));
  }

  @Test
  void oldFailuresAreForgotten() {
    String hash = hashOf(TestDocuments.nextHkid());
    EnquiryAttempts now = new EnquiryAttempts(jdbc, transactionManager, clock);
    for (int i = 0; i < 4; i++) {
      now.begin(hash);
    }
    EnquiryAttempts later =
        new EnquiryAttempts(jdbc, transactionManager, Clock.offset(clock, Duration.ofMinutes(16)));

    assertThat(later.begin(hash)).isEqualTo(1);
  }
}
