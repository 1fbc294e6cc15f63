package org.tamar.booking.appointments;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.tamar.booking.TooManyAttemptsException;

/**
 * Counts enquiry-code attempts per keyed hash of a document number and locks the number out after
 * {@value #MAX_FAILURES} wrong codes for {@link #LOCKOUT}.
 *
 * <p>An attempt is counted before its code is checked, in one atomic upsert, so concurrent guesses
 * cannot get past the limit, and a right code then clears the count. Numbers without an appointment
 * are counted the same way, so responses do not show which numbers exist. Each call commits in its
 * own transaction, so the count stays when the caller's transaction rolls back. Time comes from the
 * injected {@link Clock}.
 */
@Component
class EnquiryAttempts {

  static final int MAX_FAILURES = 5;
  static final Duration LOCKOUT = Duration.ofMinutes(15);

  private final JdbcClient jdbc;
  private final TransactionTemplate ownTransaction;
  private final Clock clock;

  EnquiryAttempts(JdbcClient jdbc, PlatformTransactionManager transactionManager, Clock clock) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactionManager);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
  }

  /**
   * Counts one attempt for a document hash. Failures older than {@link #LOCKOUT} are forgotten, and
   * so is a lockout once it has run its time.
   *
   * @return the number of this attempt since the count was last cleared, from 1 to {@value
   *     #MAX_FAILURES}
   * @throws TooManyAttemptsException while the document hash is locked out
   */
  int begin(String documentHash) {
    Instant now = clock.instant();
    Timestamp windowStart = Timestamp.from(now.minus(LOCKOUT));
    Integer attempt =
        ownTransaction.execute(
            status ->
                jdbc.sql(
                        """
                        INSERT INTO booking_enquiry_attempt AS a (document_hash, failures, last_attempt_at)
                        VALUES (:hash, 1, :now)
                        ON CONFLICT (document_hash) DO UPDATE SET
                          failures = CASE WHEN a.last_attempt_at <= :windowStart THEN 1
                                          ELSE a.failures + 1 END,
                          last_attempt_at = :now
                        WHERE a.failures < :max OR a.last_attempt_at <= :windowStart
                        RETURNING failures
                        """)
                    .param("hash", documentHash)
                    .param("now", Timestamp.from(now))
                    .param("windowStart", windowStart)
                    .param("max", MAX_FAILURES)
                    .query(Integer.class)
                    .optional()
                    .orElse(null));
    if (attempt == null) {
      throw new TooManyAttemptsException(remainingLockout(documentHash, now));
    }
    return attempt;
  }

  /** Clears the count after a right code. */
  void succeeded(String documentHash) {
    ownTransaction.executeWithoutResult(
        status ->
            jdbc.sql("DELETE FROM booking_enquiry_attempt WHERE document_hash = :hash")
                .param("hash", documentHash)
                .update());
  }

  /** Returns whether an attempt with this number, once it failed, starts a lockout. */
  static boolean startsLockout(int attempt) {
    return attempt >= MAX_FAILURES;
  }

  private Duration remainingLockout(String documentHash, Instant now) {
    Instant lastAttempt =
        jdbc.sql("SELECT last_attempt_at FROM booking_enquiry_attempt WHERE document_hash = :hash")
            .param("hash", documentHash)
            .query((rs, row) -> rs.getTimestamp("last_attempt_at").toInstant())
            .optional()
            .orElse(now);
    Duration remaining = Duration.between(now, lastAttempt.plus(LOCKOUT));
    return remaining.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : remaining;
  }
}
