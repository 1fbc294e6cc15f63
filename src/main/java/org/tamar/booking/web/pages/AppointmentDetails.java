package org.tamar.booking.web.pages;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.tamar.booking.BookingCatalogue;

/**
 * Puts what the pages show about a booked appointment into the model: office, type and what to
 * bring.
 */
@Component
class AppointmentDetails {

  private final BookingCatalogue catalogue;

  AppointmentDetails(BookingCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  void addTo(Model model, AppointmentView appointment) {
    model.addAttribute("appointment", appointment);
    model.addAttribute("office", catalogue.office(appointment.officeId()).orElse(null));
    model.addAttribute("type", catalogue.appointmentType(appointment.typeId()).orElse(null));
    model.addAttribute(
        "whatToBring", WhatToBring.messageKeys(appointment.typeId(), appointment.hasChild()));
  }
}
