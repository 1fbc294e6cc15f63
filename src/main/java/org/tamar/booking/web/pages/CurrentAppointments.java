package org.tamar.booking.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tamar.booking.AppointmentManagement;
import org.tamar.platform.problem.ProblemException;

/**
 * Reloads the appointment of a manage journey before a page shows or changes it, because it may
 * have been rescheduled or cancelled through the API or another browser since the look-up.
 */
@Component
class CurrentAppointments {

  private static final Logger log = LoggerFactory.getLogger(CurrentAppointments.class);

  private final AppointmentManagement management;

  CurrentAppointments(AppointmentManagement management) {
    this.management = management;
  }

  /**
   * The manage journey with its appointment reloaded.
   *
   * @param state the journey, now holding the current appointment
   * @param changed whether the appointment differs from the copy the last page showed
   */
  record Reloaded(ManageState state, boolean changed) {}

  /**
   * Reloads the session's appointment with the credentials stored in the session and keeps the
   * current copy in the journey.
   *
   * @return the reloaded journey, or empty when the session has no active journey or the
   *     appointment is no longer active. When empty, the journey is ended and a notice for the
   *     look-up page is added to {@code redirect}.
   */
  Optional<Reloaded> reload(
      HttpSession session, HttpServletRequest request, RedirectAttributes redirect) {
    Optional<ManageState> state = ManageState.findActive(session);
    if (state.isEmpty()) {
      JourneyRedirects.toManageStart(redirect);
      return Optional.empty();
    }
    try {
      AppointmentView current =
          AppointmentView.of(
              management.lookUp(
                  state.get().appointment().reference(),
                  state.get().credentials(),
                  request.getRemoteAddr()));
      boolean changed = state.get().refresh(current);
      return Optional.of(new Reloaded(state.get(), changed));
    } catch (ProblemException problem) {
      log.info(
          "Reload of appointment {} rejected with code {}",
          state.get().appointment().reference(),
          problem.code());
      ManageState.end(session);
      String notice =
          problem.code().equals("appointment_not_found")
              ? "booking.notice.manageInactive"
              : BookingProblems.messageKey(problem.code());
      redirect.addFlashAttribute(JourneyRedirects.NOTICE, notice);
      return Optional.empty();
    }
  }

  /** Returns the redirect to the look-up page after {@link #reload} found nothing. */
  static String toLookUp() {
    return BookingPaths.redirect(BookingPaths.MANAGE);
  }
}
