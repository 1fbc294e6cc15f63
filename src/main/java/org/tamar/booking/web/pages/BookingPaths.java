package org.tamar.booking.web.pages;

import java.util.ArrayList;
import java.util.List;

/** The paths of the booking and manage pages, in journey order. */
final class BookingPaths {

  static final String START = "/booking";
  static final String TYPE = "/booking/type";
  static final String APPLICANTS = "/booking/applicants";
  static final String OFFICE = "/booking/office";
  static final String DATE = "/booking/date";
  static final String TIME = "/booking/time";
  static final String ENQUIRY_CODE = "/booking/enquiry-code";
  static final String CHECK = "/booking/check";
  static final String CONFIRMATION = "/booking/confirmation";
  static final String PRINTABLE = "/booking/confirmation/print";

  static final String MANAGE = "/booking/manage";
  static final String MANAGE_CHOOSE = "/booking/manage/choose";
  static final String MANAGE_APPOINTMENT = "/booking/manage/appointment";
  static final String MANAGE_PRINTABLE = "/booking/manage/print";
  static final String MANAGE_OFFICE = "/booking/manage/office";
  static final String MANAGE_DATE = "/booking/manage/date";
  static final String MANAGE_TIME = "/booking/manage/time";
  static final String MANAGE_CONFIRM_CHANGE = "/booking/manage/confirm-change";
  static final String MANAGE_CHANGED = "/booking/manage/changed";
  static final String MANAGE_CANCEL = "/booking/manage/cancel";
  static final String MANAGE_CANCELLED = "/booking/manage/cancelled";

  private BookingPaths() {}

  static String applicant(int position) {
    return APPLICANTS + "/" + position;
  }

  /** Returns the question pages of a booking journey in order, with one page per applicant. */
  static List<String> inOrder(int applicantCount) {
    List<String> order = new ArrayList<>(List.of(TYPE, APPLICANTS));
    for (int position = 1; position <= applicantCount; position++) {
      order.add(applicant(position));
    }
    order.addAll(List.of(OFFICE, DATE, TIME, ENQUIRY_CODE, CHECK));
    return order;
  }

  static String redirect(String path) {
    return "redirect:" + path;
  }
}
