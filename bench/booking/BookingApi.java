import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Calls Tamar's booking REST API under {@code /api/v1/booking} over one shared HTTP client. */
final class BookingApi {

  /** A bookable date and the places left on it, from {@code /dates}. */
  record BookableDate(String date, int remaining) {}

  /** A slot start as the server writes it (ISO-8601 with offset) and the places left in it. */
  record SlotRemaining(String start, int remaining) {}

  /**
   * The result of one booking request: the HTTP status and the problem {@code code}, or status 0 and
   * the exception class when no response arrived (time-out, connection reset).
   */
  record BookingOutcome(int status, String code) {
    boolean booked() {
      return status == 201;
    }

    /** Returns the label that the report counts by, such as {@code 201} or {@code 409 slot_full}. */
    String label() {
      if (status == 0) {
        return "no response (" + code + ")";
      }
      return code == null ? Integer.toString(status) : status + " " + code;
    }
  }

  private final URI baseUrl;
  private final Duration requestTimeout;
  private final HttpClient client;

  BookingApi(URI baseUrl, Duration requestTimeout) {
    this.baseUrl = baseUrl;
    this.requestTimeout = requestTimeout;
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(requestTimeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  List<String> officeIds() throws IOException {
    return ids(getJsonArray("/api/v1/booking/offices"));
  }

  List<String> appointmentTypeIds() throws IOException {
    return ids(getJsonArray("/api/v1/booking/appointment-types"));
  }

  List<BookableDate> dates(String officeId, String typeId) throws IOException {
    String path = "/api/v1/booking/offices/" + encode(officeId) + "/dates?type=" + encode(typeId);
    List<BookableDate> dates = new ArrayList<>();
    for (Object item : getJsonArray(path)) {
      Map<?, ?> date = (Map<?, ?>) item;
      dates.add(new BookableDate((String) date.get("date"), intMember(date, "remaining")));
    }
    return dates;
  }

  List<SlotRemaining> slots(String officeId, String typeId, String date) throws IOException {
    String path = "/api/v1/booking/offices/" + encode(officeId) + "/slots?type=" + encode(typeId)
        + "&date=" + encode(date);
    List<SlotRemaining> slots = new ArrayList<>();
    for (Object item : getJsonArray(path)) {
      Map<?, ?> slot = (Map<?, ?>) item;
      slots.add(new SlotRemaining((String) slot.get("start"), intMember(slot, "remaining")));
    }
    return slots;
  }

  /**
   * Posts one booking request body and returns its outcome. An I/O failure or time-out becomes an
   * outcome with status 0 instead of an exception, because the load run counts failures by kind.
   */
  BookingOutcome book(String requestBody) {
    HttpRequest request =
        HttpRequest.newBuilder(baseUrl.resolve("/api/v1/booking/appointments"))
            .timeout(requestTimeout)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json, application/problem+json")
            .POST(HttpRequest.BodyPublishers.ofString(requestBody))
            .build();
    HttpResponse<String> response;
    try {
      response = send(request);
    } catch (IOException e) {
      return new BookingOutcome(0, e.getClass().getSimpleName());
    }
    int status = response.statusCode();
    return new BookingOutcome(status, status == 201 ? null : problemCode(response));
  }

  private static String problemCode(HttpResponse<String> response) {
    try {
      if (Json.parse(response.body()) instanceof Map<?, ?> problem
          && problem.get("code") instanceof String code) {
        return code;
      }
    } catch (IllegalArgumentException e) {
      // Not JSON: the label shows the status alone.
    }
    return "(no code)";
  }

  private List<Object> getJsonArray(String path) throws IOException {
    HttpResponse<String> response = send(get(path));
    if (response.statusCode() != 200) {
      throw new IOException("GET " + path + " returned HTTP " + response.statusCode()
          + ": " + abbreviate(response.body()));
    }
    try {
      if (Json.parse(response.body()) instanceof List<?> list) {
        return new ArrayList<>(list);
      }
    } catch (IllegalArgumentException e) {
      throw new IOException("GET " + path + " returned invalid JSON: " + e.getMessage());
    }
    throw new IOException("GET " + path + " returned JSON that is not an array");
  }

  private HttpRequest get(String path) {
    return HttpRequest.newBuilder(baseUrl.resolve(path))
        .timeout(requestTimeout)
        .header("Accept", "application/json")
        .GET()
        .build();
  }

  private HttpResponse<String> send(HttpRequest request) throws IOException {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted while waiting for " + request.uri(), e);
    }
  }

  private static List<String> ids(List<Object> items) {
    List<String> ids = new ArrayList<>();
    for (Object item : items) {
      ids.add((String) ((Map<?, ?>) item).get("id"));
    }
    return ids;
  }

  private static int intMember(Map<?, ?> object, String name) {
    if (object.get(name) instanceof Number number) {
      return number.intValue();
    }
    throw new IllegalArgumentException("Member '" + name + "' is missing or not a number");
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String abbreviate(String body) {
    return body.length() <= 300 ? body : body.substring(0, 300) + "...";
  }
}
