package org.tamar.booking.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.tamar.booking.web.BookingApiClient.Response;
import org.tamar.test.TamarTest;
import tools.jackson.databind.JsonNode;

/** The read-only booking endpoints over HTTP, with the clock fixed on Friday 2026-10-16. */
@TamarTest
class BookingCatalogueHttpTest {

  private static final String TYPE = "first-registration-age-11";

  @Value("${local.server.port}")
  int port;

  private BookingApiClient api;

  @BeforeEach
  void connect() {
    api = new BookingApiClient(port);
  }

  @Nested
  class Offices {

    @Test
    void listsEveryOffice() {
      assertThat(api.get("/api/v1/booking/offices").body()).hasSize(5);
    }

    @Test
    void includesTseungKwanO() {
      JsonNode office = findById(api.get("/api/v1/booking/offices").body(), "rop-tseung-kwan-o");

      assertThat(office.get("name").get("en").asString())
          .isEqualTo("Registration of Persons – Tseung Kwan O Office");
    }

    @Test
    void givesTraditionalChineseAddress() {
      JsonNode office = findById(api.get("/api/v1/booking/offices").body(), "rop-tseung-kwan-o");

      assertThat(office.get("address").get("zh-HK").asString()).contains("將軍澳");
    }

    @Test
    void givesSimplifiedChineseAddress() {
      JsonNode office = findById(api.get("/api/v1/booking/offices").body(), "rop-tseung-kwan-o");

      assertThat(office.get("address").get("zh-CN").asString()).contains("将军澳");
    }
  }

  @Nested
  class AppointmentTypes {

    @Test
    void listsEveryType() {
      assertThat(api.get("/api/v1/booking/appointment-types").body()).hasSize(7);
    }

    @Test
    void givesNamesInThreeLanguages() {
      JsonNode type = findById(api.get("/api/v1/booking/appointment-types").body(), TYPE);

      assertThat(type.get("name").get("zh-HK").asString()).isEqualTo("年滿十一歲登記身份證");
    }
  }

  @Nested
  class Dates {

    @Test
    void startsOnSaturdayAfterFixedFriday() {
      JsonNode dates = api.get("/api/v1/booking/offices/rop-kowloon/dates?type=" + TYPE).body();

      assertThat(dates.get(0).get("date").asString()).isEqualTo("2026-10-17");
    }

    @Test
    void skipsHolidayMonday() {
      JsonNode dates = api.get("/api/v1/booking/offices/rop-kowloon/dates?type=" + TYPE).body();

      assertThat(dates.get(1).get("date").asString()).isEqualTo("2026-10-20");
    }

    @Test
    void coversNinetySixWorkingDays() {
      JsonNode dates = api.get("/api/v1/booking/offices/rop-kowloon/dates?type=" + TYPE).body();

      assertThat(dates).hasSize(96);
    }

    @Test
    void endsOnNinetySixthWorkingDay() {
      JsonNode dates = api.get("/api/v1/booking/offices/rop-kowloon/dates?type=" + TYPE).body();

      assertThat(dates.get(95).get("date").asString()).isEqualTo("2027-02-13");
    }

    @Test
    void countsPlacesOfEveryWeekdaySlot() {
      JsonNode dates = api.get("/api/v1/booking/offices/rop-hong-kong/dates?type=" + TYPE).body();

      // 31 slots of 15 minutes from 08:45 to 16:30 with 4 places each, and no test books this office.
      assertThat(dates.get(1).get("remaining").asInt()).isEqualTo(124);
    }

    @Test
    void unknownOfficeIsNotFound() {
      Response response = api.get("/api/v1/booking/offices/rop-nowhere/dates?type=" + TYPE);

      assertThat(response.code()).isEqualTo("office_not_found");
    }

    @Test
    void unknownOfficeHasStatus404() {
      Response response = api.get("/api/v1/booking/offices/rop-nowhere/dates?type=" + TYPE);

      assertThat(response.status()).isEqualTo(404);
    }

    @Test
    void unknownTypeIsNotFound() {
      Response response = api.get("/api/v1/booking/offices/rop-kowloon/dates?type=no-such-type");

      assertThat(response.code()).isEqualTo("appointment_type_not_found");
    }

    @Test
    void missingTypeIsValidationFailure() {
      Response response = api.get("/api/v1/booking/offices/rop-kowloon/dates");

      assertThat(response.code()).isEqualTo("validation_failed");
    }
  }

  @Nested
  class Slots {

    @Test
    void startsWithHongKongOffset() {
      JsonNode slots =
          api.get("/api/v1/booking/offices/rop-hong-kong/slots?type=" + TYPE + "&date=2026-10-20")
              .body();

      assertThat(slots.get(0).get("start").asString()).isEqualTo("2026-10-20T08:45:00+08:00");
    }

    @Test
    void listsEverySlotOfTheDay() {
      JsonNode slots =
          api.get("/api/v1/booking/offices/rop-hong-kong/slots?type=" + TYPE + "&date=2026-10-20")
              .body();

      assertThat(slots).hasSize(31);
    }

    @Test
    void emptySlotHasFullCapacity() {
      JsonNode slots =
          api.get("/api/v1/booking/offices/rop-hong-kong/slots?type=" + TYPE + "&date=2026-10-20")
              .body();

      assertThat(slots.get(0).get("remaining").asInt()).isEqualTo(4);
    }

    @Test
    void holidayIsEmpty() {
      JsonNode slots =
          api.get("/api/v1/booking/offices/rop-hong-kong/slots?type=" + TYPE + "&date=2026-10-19")
              .body();

      assertThat(slots).isEmpty();
    }

    @Test
    void todayIsEmpty() {
      JsonNode slots =
          api.get("/api/v1/booking/offices/rop-hong-kong/slots?type=" + TYPE + "&date=2026-10-16")
              .body();

      assertThat(slots).isEmpty();
    }

    @Test
    void dayAfterWindowIsEmpty() {
      JsonNode slots =
          api.get("/api/v1/booking/offices/rop-hong-kong/slots?type=" + TYPE + "&date=2027-02-15")
              .body();

      assertThat(slots).isEmpty();
    }

    @Test
    void unknownOfficeIsNotFound() {
      Response response =
          api.get("/api/v1/booking/offices/rop-nowhere/slots?type=" + TYPE + "&date=2026-10-20");

      assertThat(response.status()).isEqualTo(404);
      assertThat(response.code()).isEqualTo("office_not_found");
    }

    @Test
    void malformedDateIsValidationFailure() {
      Response response =
          api.get("/api/v1/booking/offices/rop-hong-kong/slots?type=" + TYPE + "&date=20-10-2026");

      assertThat(response.code()).isEqualTo("validation_failed");
    }
  }

  @Test
  void openApiDocumentListsBookingEndpoints() {
    Response response = api.get("/v3/api-docs");

    assertThat(response.body().get("paths").has("/api/v1/booking/appointments/{reference}/reschedule"))
        .isTrue();
  }

  private static JsonNode findById(JsonNode list, String id) {
    for (JsonNode item : list) {
      if (item.get("id").asString().equals(id)) {
        return item;
      }
    }
    throw new AssertionError("No item with id " + id);
  }
}
