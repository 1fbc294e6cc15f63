package org.tamar.booking.web.pages;

import jakarta.servlet.http.HttpSession;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Redirects that carry a one-off message to the next page, through flash attributes. */
final class JourneyRedirects {

  /** Flash attribute with the message key of a notice shown at the top of the next page. */
  static final String NOTICE = "notice";

  /** Flash attribute with the {@link PageErrors} the next page shows. */
  static final String ERRORS = "errors";

  private JourneyRedirects() {}

  /** Sends the person to the start of the booking journey, saying that their answers were lost. */
  static String toBookingStart(RedirectAttributes redirect) {
    redirect.addFlashAttribute(NOTICE, "booking.notice.expired");
    return BookingPaths.redirect(BookingPaths.START);
  }

  /**
   * Sends the person to the first unanswered page, or to the start when the session has no journey.
   */
  static String toFirstGap(HttpSession session, RedirectAttributes redirect) {
    return BookingJourney.find(session)
        .map(journey -> BookingPaths.redirect(journey.firstIncompletePath()))
        .orElseGet(() -> toBookingStart(redirect));
  }

  /** Sends the person to the look-up page, saying that they must look the appointment up again. */
  static String toManageStart(RedirectAttributes redirect) {
    redirect.addFlashAttribute(NOTICE, "booking.notice.manageExpired");
    return BookingPaths.redirect(BookingPaths.MANAGE);
  }

  static String withErrors(RedirectAttributes redirect, String path, PageErrors errors) {
    redirect.addFlashAttribute(ERRORS, errors);
    return BookingPaths.redirect(path);
  }
}
