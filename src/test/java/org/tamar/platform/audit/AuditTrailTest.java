package org.tamar.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.tamar.test.TamarTest;

@TamarTest
class AuditTrailTest {

  @Autowired AuditTrail auditTrail;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;

  private AuditEvent event(String action) {
    return new AuditEvent(
        "citizen", action, "REF123", AuditOutcome.DENIED, "127.0.0.1", Map.of("reason", "test"));
  }

  private long count(String action) {
    return jdbc.sql("SELECT count(*) FROM audit_event WHERE action = ?")
        .param(action)
        .query(Long.class)
        .single();
  }

  @Test
  void recordStoresEveryColumn() {
    auditTrail.record(event("test.audit.columns"));

    Map<String, Object> row =
        jdbc.sql(
                "SELECT actor, subject, outcome, source_address, details->>'reason' AS reason"
                    + " FROM audit_event WHERE action = 'test.audit.columns'")
            .query()
            .singleRow();
    assertThat(row).containsEntry("actor", "citizen");
    assertThat(row).containsEntry("subject", "REF123");
    assertThat(row).containsEntry("outcome", "DENIED");
    assertThat(row).containsEntry("source_address", "127.0.0.1");
    assertThat(row).containsEntry("reason", "test");
  }

  @Test
  void recordRollsBackWithCallersTransaction() {
    transactions.executeWithoutResult(
        status -> {
          auditTrail.record(event("test.audit.rollback"));
          status.setRollbackOnly();
        });

    assertThat(count("test.audit.rollback")).isZero();
  }

  @Test
  void recordIndependentlySurvivesCallersRollback() {
    transactions.executeWithoutResult(
        status -> {
          auditTrail.recordIndependently(event("test.audit.independent"));
          status.setRollbackOnly();
        });

    assertThat(count("test.audit.independent")).isEqualTo(1);
  }
}
