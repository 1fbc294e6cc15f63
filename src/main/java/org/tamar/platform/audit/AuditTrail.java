package org.tamar.platform.audit;

import java.time.Clock;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * Records what people did in the {@code audit_event} table, apart from diagnostic logs.
 *
 * <p>{@link #record} joins the caller's transaction, so a change and its audit entry commit together;
 * {@link #recordIndependently} commits on its own, for refusals whose transaction rolls back.
 */
@Service
public class AuditTrail {

  private final JdbcClient jdbc;
  private final Clock clock;
  private final ObjectMapper json;

  public AuditTrail(JdbcClient jdbc, Clock clock, ObjectMapper json) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.json = json;
  }

  @Transactional(propagation = Propagation.REQUIRED)
  public void record(AuditEvent event) {
    insert(event);
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void recordIndependently(AuditEvent event) {
    insert(event);
  }

  private void insert(AuditEvent event) {
    jdbc.sql(
            """
            INSERT INTO audit_event
              (id, occurred_at, actor, action, subject, outcome, source_address, details)
            VALUES (:id, :occurredAt, :actor, :action, :subject, :outcome, :sourceAddress,
                    CAST(:details AS jsonb))
            """)
        .param("id", UUID.randomUUID())
        .param("occurredAt", java.sql.Timestamp.from(clock.instant()))
        .param("actor", event.actor())
        .param("action", event.action())
        .param("subject", event.subject())
        .param("outcome", event.outcome().name())
        .param("sourceAddress", event.sourceAddress())
        .param("details", json.writeValueAsString(event.details()))
        .update();
  }
}
