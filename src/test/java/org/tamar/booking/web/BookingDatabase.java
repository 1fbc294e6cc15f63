package org.tamar.booking.web;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads booking tables directly, so tests can check what a request changed or left alone. */
public record BookingDatabase(JdbcClient jdbc) {

  /** A count of every row a request could change, to compare before and after a refused request. */
  public record Snapshot(long appointments, long applicants, long takenPlaces, long activeAppointments) {}

  public Snapshot snapshot() {
    return new Snapshot(
        count("SELECT count(*) FROM booking_appointment"),
        count("SELECT count(*) FROM booking_applicant"),
        count("SELECT coalesce(sum(taken), 0) FROM booking_slot"),
        count("SELECT count(*) FROM booking_appointment WHERE status = 'ACTIVE'"));
  }

  /** Returns the places taken in a slot, 0 when it has no row. */
  public int taken(String officeId, String start) {
    return jdbc.sql(
            "SELECT coalesce(max(taken), 0) FROM booking_slot WHERE office_id = :office AND starts_at = CAST(:start AS timestamptz)")
        .param("office", officeId)
        .param("start", start)
        .query(Integer.class)
        .single();
  }

  public long auditCount(String action, String outcome) {
    return jdbc.sql("SELECT count(*) FROM audit_event WHERE action = :action AND outcome = :outcome")
        .param("action", action)
        .param("outcome", outcome)
        .query(Long.class)
        .single();
  }

  private long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }
}
