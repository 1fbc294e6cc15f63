package org.tamar.booking.web.pages;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every booking page an empty error list, so templates need no null checks. Spring MVC skips
 * this method when a redirect already brought errors as a flash attribute.
 */
@ControllerAdvice(basePackageClasses = PageModelDefaults.class)
class PageModelDefaults {

  @ModelAttribute(JourneyRedirects.ERRORS)
  PageErrors errors() {
    return PageErrors.none();
  }
}
