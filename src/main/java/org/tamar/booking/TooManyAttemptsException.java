package org.tamar.booking;

import java.time.Duration;
import org.springframework.http.HttpStatus;
import org.tamar.platform.problem.ProblemException;

/**
 * 429 {@code too_many_attempts}: a document number is locked out after too many wrong enquiry codes.
 * The problem detail gives the wait in whole minutes, rounded up.
 */
public class TooManyAttemptsException extends ProblemException {

  private final Duration retryAfter;

  public TooManyAttemptsException(Duration retryAfter) {
    super(HttpStatus.TOO_MANY_REQUESTS, "too_many_attempts", minutesRoundedUp(retryAfter));
    this.retryAfter = retryAfter;
  }

  /** Returns how long the lockout still lasts, at least one second. */
  public Duration retryAfter() {
    return retryAfter;
  }

  private static long minutesRoundedUp(Duration duration) {
    return (duration.toSeconds() + 59) / 60;
  }
}
