package org.tamar.booking.slots;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code booking_slot} table: places taken per office and slot start. A slot without a row has
 * nothing taken. Callers run these in their own transaction.
 */
@Repository
public class SlotRepository {

  private final JdbcClient jdbc;

  SlotRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Takes {@code persons} places in a slot if that many are left, creating the slot row with {@code
   * capacity} on first use. The conditional UPDATE decides in the database, so concurrent requests
   * cannot overfill a slot. Its row lock is held until the caller's transaction ends.
   *
   * <p>NOTE: a slot row keeps the capacity it was created with, so a changed capacity setting applies
   * only to slot rows created after the change.
   *
   * @return false when the slot has fewer places left than {@code persons}
   */
  public boolean take(String officeId, Instant start, int capacity, int persons) {
    jdbc.sql(
            """
            INSERT INTO booking_slot (office_id, starts_at, capacity, taken)
            VALUES (:office, :start, :capacity, 0)
            ON CONFLICT (office_id, starts_at) DO NOTHING
            """)
        .param("office", officeId)
        .param("start", Timestamp.from(start))
        .param("capacity", capacity)
        .update();
    int updated =
        jdbc.sql(
                """
                UPDATE booking_slot SET taken = taken + :persons
                WHERE office_id = :office AND starts_at = :start AND taken + :persons <= capacity
                """)
            .param("persons", persons)
            .param("office", officeId)
            .param("start", Timestamp.from(start))
            .update();
    return updated == 1;
  }

  /** Frees {@code persons} places in a slot. */
  public void release(String officeId, Instant start, int persons) {
    int updated =
        jdbc.sql(
                """
                UPDATE booking_slot SET taken = taken - :persons
                WHERE office_id = :office AND starts_at = :start
                """)
            .param("persons", persons)
            .param("office", officeId)
            .param("start", Timestamp.from(start))
            .update();
    if (updated != 1) {
      throw new IllegalStateException("No slot row for office " + officeId + " at " + start);
    }
  }

  /** Returns the places left in each slot that has a row, by start, from {@code from} to before {@code to}. */
  public Map<Instant, Integer> remaining(String officeId, Instant from, Instant to) {
    Map<Instant, Integer> remaining = new HashMap<>();
    jdbc.sql(
            """
            SELECT starts_at, capacity - taken AS remaining FROM booking_slot
            WHERE office_id = :office AND starts_at >= :from AND starts_at < :to
            """)
        .param("office", officeId)
        .param("from", Timestamp.from(from))
        .param("to", Timestamp.from(to))
        .query(
            rs -> {
              remaining.put(rs.getTimestamp("starts_at").toInstant(), rs.getInt("remaining"));
            });
    return remaining;
  }
}
