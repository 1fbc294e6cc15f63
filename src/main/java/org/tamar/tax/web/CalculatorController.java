package org.tamar.tax.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.SessionAttribute;
import org.tamar.platform.i18n.Language;
import org.tamar.tax.SalariesTaxCalculator;
import org.tamar.tax.SalariesTaxRequest;
import org.tamar.tax.SalariesTaxRequestRejected;
import org.tamar.tax.YearOfAssessment;

/**
 * The public salaries tax calculator page. The form is sent with POST, so incomes stay out of URLs,
 * browser history and access logs. The submitted values are kept in the HTTP session and the page
 * redirects to a GET (Post/Redirect/Get), which computes the result again from them. So reloading
 * sends nothing twice, and the layout's language switch shows the same values in another language.
 * Nothing is stored beyond the session.
 *
 * <p>NOTE: the form has no CSRF protection yet; Spring Security adds it with sign-in.
 */
@Controller
class CalculatorController {

  static final String PATH = "/tax/calculator";

  private final SalariesTaxCalculator calculator;
  private final MessageSource messages;

  CalculatorController(SalariesTaxCalculator calculator, MessageSource messages) {
    this.calculator = calculator;
    this.messages = messages;
  }

  @GetMapping(PATH)
  String calculator(
      @SessionAttribute(name = SubmittedForm.SESSION_ATTRIBUTE, required = false)
          SubmittedForm submitted,
      Locale locale,
      Model model,
      HttpServletResponse response) {
    if (submitted == null) {
      return page(CalculatorForm.empty(), model);
    }
    // The page shows the person's figures, so no cache may keep a copy.
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    CalculatorForm form = CalculatorForm.submitted(submitted.fields());
    List<YearOfAssessment> years = assessableYearsNewestFirst();
    Optional<SalariesTaxRequest> request = form.toRequest(years);
    if (request.isPresent()) {
      try {
        var result = calculator.compute(request.get());
        model.addAttribute("view", CalculatorResultView.of(result, Language.of(locale)));
      } catch (SalariesTaxRequestRejected rejected) {
        form.reject(rejected);
      }
    }
    form.localiseErrors(messages, locale);
    return page(form, model);
  }

  /** Keeps the submitted values in the session and redirects to the page that shows their outcome. */
  @PostMapping(PATH)
  String calculate(@RequestParam Map<String, String> parameters, HttpSession session) {
    Map<String, String> fields = CalculatorFields.of(parameters);
    session.setAttribute(SubmittedForm.SESSION_ATTRIBUTE, new SubmittedForm(fields));
    return "redirect:" + PATH;
  }

  /** Removes the submitted values from the session, so the page shows the empty form again. */
  @PostMapping(PATH + "/start-again")
  String startAgain(HttpSession session) {
    session.removeAttribute(SubmittedForm.SESSION_ATTRIBUTE);
    return "redirect:" + PATH;
  }

  private String page(CalculatorForm form, Model model) {
    model.addAttribute("form", form);
    model.addAttribute(
        "years", assessableYearsNewestFirst().stream().map(YearOfAssessment::label).toList());
    model.addAttribute("children", CalculatorForm.numbers(CalculatorForm.MAX_CHILDREN));
    model.addAttribute("parents", CalculatorForm.numbers(CalculatorForm.MAX_PARENTS));
    model.addAttribute("insured", CalculatorForm.numbers(CalculatorForm.MAX_INSURED));
    return "tax/calculator";
  }

  private List<YearOfAssessment> assessableYearsNewestFirst() {
    return calculator.assessableYears().reversed();
  }
}
