package org.tamar.booking.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.tamar.test.TamarTest;
import tools.jackson.databind.JsonNode;

/** The OpenAPI document of the booking endpoints: error bodies, 200 bodies and allowed values. */
@TamarTest
class BookingOpenApiHttpTest {

  private static final String APPOINTMENTS = "/api/v1/booking/appointments";

  @Value("${local.server.port}")
  int port;

  private JsonNode document;

  @BeforeEach
  void fetchDocument() {
    document = new BookingApiClient(port).get("/v3/api-docs").body();
  }

  private JsonNode response(String path, String method, String status) {
    return document.get("paths").get(path).get(method).get("responses").get(status);
  }

  private JsonNode schema(String name) {
    return document.get("components").get("schemas").get(name);
  }

  private static List<String> texts(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(value -> values.add(value.asString()));
    return values;
  }

  @Test
  void bookingConflictIsProblemJson() {
    JsonNode content = response(APPOINTMENTS, "post", "409").get("content");

    assertThat(content.get("application/problem+json").get("schema").get("$ref").asString())
        .isEqualTo("#/components/schemas/Problem");
  }

  @Test
  void problemSchemaHasCodeAndErrors() {
    JsonNode properties = schema("Problem").get("properties");

    assertThat(properties.has("code")).isTrue();
    assertThat(properties.get("errors").get("items").get("$ref").asString())
        .isEqualTo("#/components/schemas/FieldError");
  }

  @Test
  void everyBookingErrorStatusIsDocumented() {
    JsonNode responses = document.get("paths").get(APPOINTMENTS).get("post").get("responses");

    assertThat(responses.has("400")).isTrue();
    assertThat(responses.has("404")).isTrue();
    assertThat(responses.has("422")).isTrue();
  }

  @Test
  void lookUpDocumentsAppointmentBody() {
    JsonNode content = response(APPOINTMENTS + "/lookup", "post", "200").get("content");

    assertThat(content.get("application/json").get("schema").get("$ref").asString())
        .isEqualTo("#/components/schemas/Appointment");
  }

  @Test
  void rescheduleDocumentsLockout() {
    JsonNode tooMany = response(APPOINTMENTS + "/{reference}/reschedule", "post", "429");

    assertThat(tooMany.get("content").has("application/problem+json")).isTrue();
  }

  @Test
  void cancelDocumentsAppointmentBody() {
    JsonNode ok = response(APPOINTMENTS + "/{reference}/cancel", "post", "200");

    assertThat(ok.get("content").has("application/json")).isTrue();
  }

  @Test
  void slotsDocumentArrayOfSlots() {
    JsonNode ok = response("/api/v1/booking/offices/{officeId}/slots", "get", "200");

    assertThat(ok.get("content").get("application/json").get("schema").get("type").asString())
        .isEqualTo("array");
  }

  @Test
  void datesDocumentNotFoundProblem() {
    JsonNode notFound = response("/api/v1/booking/offices/{officeId}/dates", "get", "404");

    assertThat(notFound.get("content").has("application/problem+json")).isTrue();
  }

  @Test
  void documentTypeListsAllowedValues() {
    JsonNode documentType = schema("Applicant").get("properties").get("documentType");

    assertThat(texts(documentType.get("enum")))
        .containsExactly("HKID", "HK_BIRTH_CERTIFICATE", "TRAVEL_DOCUMENT");
  }

  @Test
  void languageListsAllowedValues() {
    JsonNode language = schema("BookingRequest").get("properties").get("language");

    assertThat(texts(language.get("enum"))).containsExactly("en", "zh-HK", "zh-CN");
  }

  @Test
  void startHasExampleWithOffset() {
    JsonNode start = schema("BookingRequest").get("properties").get("start");

    assertThat(start.get("example").asString()).isEqualTo("2026-10-20T09:00:00+08:00");
  }
}
