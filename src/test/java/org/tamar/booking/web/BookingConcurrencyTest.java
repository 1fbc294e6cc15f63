package org.tamar.booking.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tamar.booking.web.BookingBodies.booking;
import static org.tamar.booking.web.BookingBodies.credentials;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tamar.booking.TestDocuments;
import org.tamar.booking.web.BookingApiClient.Response;
import org.tamar.test.TamarTest;

/** Slot capacity under concurrent requests at the Yuen Long office, whose slots hold 4 persons. */
@TamarTest
class BookingConcurrencyTest {

  private static final String BASE = "/api/v1/booking/appointments";
  private static final String OFFICE = "rop-yuen-long";

  @Value("${local.server.port}")
  int port;

  @Autowired JdbcClient jdbc;

  private BookingApiClient api;
  private BookingDatabase database;

  @BeforeEach
  void connect() {
    api = new BookingApiClient(port);
    database = new BookingDatabase(jdbc);
  }

  /** Runs every task at once, released together by a latch, and returns the responses in order. */
  private static List<Response> race(List<Callable<Response>> tasks) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Response>> futures = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(tasks.size())) {
      for (Callable<Response> task : tasks) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return task.call();
                }));
      }
      start.countDown();
    }
    List<Response> responses = new ArrayList<>();
    for (Future<Response> future : futures) {
      responses.add(future.get());
    }
    return responses;
  }

  private static long countStatus(List<Response> responses, int status) {
    return responses.stream().filter(response -> response.status() == status).count();
  }

  private long appointmentsAt(String start) {
    return jdbc.sql(
            "SELECT count(*) FROM booking_appointment WHERE office_id = :office AND starts_at = CAST(:start AS timestamptz) AND status = 'ACTIVE'")
        .param("office", OFFICE)
        .param("start", start)
        .query(Long.class)
        .single();
  }

  @Test
  void fortyBookingsFillExactlyFourPlaces() throws Exception {
    String start = "2026-10-26T09:00:00+08:00";
    List<Callable<Response>> tasks = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      Map<String, Object> body = booking(OFFICE, start).build();
      tasks.add(() -> api.post(BASE, body));
    }

    List<Response> responses = race(tasks);

    assertThat(countStatus(responses, 201)).isEqualTo(4);
    assertThat(responses.stream().filter(r -> "slot_full".equals(r.code())).count()).isEqualTo(36);
    assertThat(database.taken(OFFICE, start)).isEqualTo(4);
    assertThat(appointmentsAt(start)).isEqualTo(4);
  }

  @Test
  void groupBookingsNeverOverfill() throws Exception {
    String start = "2026-10-26T09:15:00+08:00";
    List<Callable<Response>> tasks = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      Map<String, Object> body =
          booking(OFFICE, start).applicant(TestDocuments.nextHkid()).applicant(TestDocuments.nextHkid()).build();
      tasks.add(() -> api.post(BASE, body));
    }

    List<Response> responses = race(tasks);

    // Three persons each: one group fits in 4 places, a second would need 6.
    assertThat(countStatus(responses, 201)).isEqualTo(1);
    assertThat(database.taken(OFFICE, start)).isEqualTo(3);
  }

  @Test
  void rescheduleRacingBookingForLastPlaceLetsOneWin() throws Exception {
    for (int round = 0; round < 5; round++) {
      String target = String.format("2026-10-27T%02d:00:00+08:00", 9 + round);
      String origin = String.format("2026-10-27T%02d:30:00+08:00", 9 + round);
      BookingBodies threePersons =
          booking(OFFICE, target).applicant(TestDocuments.nextHkid()).applicant(TestDocuments.nextHkid());
      assertThat(api.post(BASE, threePersons.build()).status()).isEqualTo(201);
      BookingBodies mover = booking(OFFICE, origin);
      String reference = api.post(BASE, mover.build()).body().get("reference").asString();
      Map<String, Object> move = new LinkedHashMap<>(credentials(mover.firstDocument(), "2468"));
      move.put("officeId", OFFICE);
      move.put("start", target);
      Map<String, Object> newcomer = booking(OFFICE, target).build();

      List<Response> responses =
          race(
              List.of(
                  () -> api.post(BASE + "/" + reference + "/reschedule", move),
                  () -> api.post(BASE, newcomer)));

      long wins = countStatus(responses, 200) + countStatus(responses, 201);
      assertThat(wins).as("round %d wins", round).isEqualTo(1);
      assertThat(responses.stream().filter(r -> "slot_full".equals(r.code())).count())
          .as("round %d slot_full", round)
          .isEqualTo(1);
      assertThat(database.taken(OFFICE, target)).as("round %d target", round).isEqualTo(4);
      int originTaken = countStatus(responses, 200) == 1 ? 0 : 1;
      assertThat(database.taken(OFFICE, origin)).as("round %d origin", round).isEqualTo(originTaken);
    }
  }

  @Test
  void databaseRejectsOverfilledSlot() {
    String start = "2026-10-28T10:00:00+08:00";
    api.post(BASE, booking(OFFICE, start).build());

    assertThatThrownBy(
            () ->
                jdbc.sql(
                        "UPDATE booking_slot SET taken = capacity + 1 WHERE office_id = :office AND starts_at = CAST(:start AS timestamptz)")
                    .param("office", OFFICE)
                    .param("start", start)
                    .update())
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  @Test
  void opposingReschedulesBothSucceed() throws Exception {
    String first = "2026-10-28T09:00:00+08:00";
    String second = "2026-10-28T09:15:00+08:00";
    BookingBodies a = booking(OFFICE, first);
    BookingBodies b = booking(OFFICE, second);
    String referenceA = api.post(BASE, a.build()).body().get("reference").asString();
    String referenceB = api.post(BASE, b.build()).body().get("reference").asString();
    Map<String, Object> moveA = new LinkedHashMap<>(credentials(a.firstDocument(), "2468"));
    moveA.put("officeId", OFFICE);
    moveA.put("start", second);
    Map<String, Object> moveB = new LinkedHashMap<>(credentials(b.firstDocument(), "2468"));
    moveB.put("officeId", OFFICE);
    moveB.put("start", first);

    List<Response> responses =
        race(
            List.of(
                () -> api.post(BASE + "/" + referenceA + "/reschedule", moveA),
                () -> api.post(BASE + "/" + referenceB + "/reschedule", moveB)));

    assertThat(countStatus(responses, 200)).isEqualTo(2);
    assertThat(database.taken(OFFICE, first)).isEqualTo(1);
    assertThat(database.taken(OFFICE, second)).isEqualTo(1);
  }
}
