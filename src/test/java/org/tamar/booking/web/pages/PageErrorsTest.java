package org.tamar.booking.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageErrorsTest {

  @Test
  void summaryFollowsFieldOrder() {
    PageErrors errors = PageErrors.of("dateOfBirth-day", "b").add("documentNumber", "a");

    errors.sortedBy(ApplicantForm.FIELD_ORDER);

    assertThat(errors.entries()).extracting(PageErrors.Entry::field)
        .containsExactly("documentNumber", "dateOfBirth-day");
  }

  @Test
  void fieldKeepsItsFirstError() {
    PageErrors errors = PageErrors.of("email", "first").add("email", "second");

    assertThat(errors.messageKey("email")).isEqualTo("first");
  }

  @Test
  void describedByListsHintThenError() {
    PageErrors errors = PageErrors.of("email", "invalid");

    assertThat(errors.describedBy("email", true)).isEqualTo("email-hint email-error");
  }

  @Test
  void describedByIsAbsentWithoutHintOrError() {
    assertThat(PageErrors.none().describedBy("email", false)).isNull();
  }

  @Test
  void entriesAreACopy() {
    PageErrors errors = PageErrors.of("email", "invalid");

    List<PageErrors.Entry> entries = errors.entries();

    assertThat(entries).isUnmodifiable();
  }
}
