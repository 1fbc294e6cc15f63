package org.tamar.tax.web;

import java.io.Serializable;
import java.util.Map;

/**
 * The calculator form a person last submitted, kept in their HTTP session so the page can be shown
 * again, for example in another language, without the figures in a URL.
 *
 * @param fields the form's fields as typed, by name
 */
record SubmittedForm(Map<String, String> fields) implements Serializable {

  /** Name of the session attribute. */
  static final String SESSION_ATTRIBUTE = "tax.calculator.submitted-form";

  SubmittedForm {
    fields = Map.copyOf(fields);
  }

  /** Keeps incomes and dates of birth out of logs. */
  @Override
  public String toString() {
    return "SubmittedForm[fields=" + fields.size() + "]";
  }
}
