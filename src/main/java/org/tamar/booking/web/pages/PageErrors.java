package org.tamar.booking.web.pages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The errors of one page, in the order the fields appear. Each error names the id of the input it
 * belongs to, so the error summary can link to it, and a message key of the booking bundle.
 */
final class PageErrors implements Serializable {

  /** One error: the input id, the message key and the message arguments, often none. */
  record Entry(String field, String messageKey, List<String> args) implements Serializable {

    Entry {
      args = List.copyOf(args);
    }
  }

  private final List<Entry> entries = new ArrayList<>();

  static PageErrors none() {
    return new PageErrors();
  }

  static PageErrors of(String field, String messageKey, String... args) {
    return new PageErrors().add(field, messageKey, args);
  }

  /** Adds an error unless the field already has one, because each field shows its first error. */
  PageErrors add(String field, String messageKey, String... args) {
    if (!has(field)) {
      entries.add(new Entry(field, messageKey, List.of(args)));
    }
    return this;
  }

  /** Puts the errors in the order of the given fields, the order they appear on the page. */
  PageErrors sortedBy(List<String> fieldOrder) {
    entries.sort(Comparator.comparingInt(entry -> fieldOrder.indexOf(entry.field())));
    return this;
  }

  public List<Entry> entries() {
    return List.copyOf(entries);
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }

  public boolean has(String field) {
    return entries.stream().anyMatch(entry -> entry.field().equals(field));
  }

  /** Returns the message key of the field's error, or null when it has none (for templates). */
  public String messageKey(String field) {
    return entries.stream()
        .filter(entry -> entry.field().equals(field))
        .map(Entry::messageKey)
        .findFirst()
        .orElse(null);
  }

  /** Returns the message arguments of the field's error, empty when it has none (for templates). */
  public Object[] messageArgs(String field) {
    return entries.stream()
        .filter(entry -> entry.field().equals(field))
        .map(entry -> entry.args().toArray())
        .findFirst()
        .orElse(new Object[0]);
  }

  /**
   * Returns the value of {@code aria-describedby} for an input: its hint, then its error if any.
   */
  public String describedBy(String field, boolean withHint) {
    String hint = withHint ? field + "-hint" : "";
    String error = has(field) ? field + "-error" : "";
    String joined = (hint + " " + error).trim();
    return joined.isEmpty() ? null : joined;
  }
}
