package org.tamar.booking.web.pages;

import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tamar.booking.BookingCatalogue;

/**
 * The page that lets a person choose which appointment to manage when a look-up opened several. The look-up has
 * already checked the enquiry code, so choosing one calls no service.
 */
@Controller
class ManageChoiceController {

  static final String FIELD = "reference";

  private final BookingCatalogue catalogue;

  ManageChoiceController(BookingCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  @GetMapping(BookingPaths.MANAGE_CHOOSE)
  String choices(HttpSession session, Model model, RedirectAttributes redirect) {
    Optional<ManageChoices> choices = ManageChoices.find(session);
    if (choices.isEmpty()) {
      return JourneyRedirects.toManageStart(redirect);
    }
    addTo(model, choices.get());
    return "booking/manage/choose";
  }

  @PostMapping(BookingPaths.MANAGE_CHOOSE)
  String choose(
      @RequestParam(name = FIELD, defaultValue = "") String reference,
      HttpSession session,
      Model model,
      RedirectAttributes redirect) {
    Optional<ManageChoices> choices = ManageChoices.find(session);
    if (choices.isEmpty()) {
      return JourneyRedirects.toManageStart(redirect);
    }
    Optional<AppointmentView> chosen = choices.get().byReference(reference);
    if (chosen.isEmpty()) {
      model.addAttribute(
          JourneyRedirects.ERRORS, PageErrors.of(FIELD, "booking.manage.choose.error.missing"));
      addTo(model, choices.get());
      return "booking/manage/choose";
    }
    ManageState.begin(session, choices.get().credentials(), chosen.get());
    ManageChoices.clear(session);
    return BookingPaths.redirect(BookingPaths.MANAGE_APPOINTMENT);
  }

  private void addTo(Model model, ManageChoices choices) {
    model.addAttribute("choices", choices.appointments());
    model.addAttribute("catalogue", catalogue);
  }
}
