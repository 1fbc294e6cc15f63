import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Load client for Tamar's booking API: many concurrent clients book slots of one office, then the
 * program prints bookings per second, latency percentiles and the outcome counts, and checks that no
 * slot has more persons booked than its capacity.
 *
 * <p>Run it with JDK 22 or newer, which compiles the other files of this folder on demand:
 * {@code java BookingLoad.java --base-url=http://127.0.0.1:8080 --capacity=4}. {@code run.sh}
 * starts a fresh Tamar and calls it. It sends requests to loopback addresses only.
 *
 * <p>Exit status: 0 when the capacity check passed, 1 when it failed or nothing was booked, 2 on a
 * usage or set-up error.
 */
public final class BookingLoad {

  private static final String DEFAULT_TYPE = "lost-damaged-defaced";

  private static final String USAGE = """
      Usage: java BookingLoad.java --base-url=URL --capacity=N [options]
        --base-url=URL       Tamar's address; its host must be a loopback address
        --capacity=N         places per slot that the server was started with (tamar.booking.default-capacity)
        --office=ID          office to book at (default rop-tseung-kwan-o)
        --type=ID            appointment type id (default: lost-damaged-defaced, which has no age limit)
        --clients=N          concurrent clients, each with one request in flight (default 64)
        --warm-up=SECONDS    run time before the measured window, not counted in the figures (default 5)
        --duration=SECONDS   measured window (default 20)
        --max-requests=N     stop after this many booking requests, warm-up included (default 1000000)
        --dates=N            book only the first N bookable dates, to raise contention (default: all)
        --group-share=F      share of requests with 2 to 4 applicants, 0 to 1 (default 0.1)
        --timeout=SECONDS    time-out of each HTTP request (default 30)
        --watch=NAME:PID,... process trees whose CPU time the report shows, e.g. tamar:1234
        --clock-ticks=N      unit of /proc CPU times, from getconf CLK_TCK (default 100)
      """;

  private BookingLoad() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options;
    try {
      options = parseOptions(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.print(USAGE);
      System.exit(2);
      return;
    }
    try {
      System.exit(run(options));
    } catch (SetupException | IOException | IllegalArgumentException e) {
      System.err.println("Set-up failed: " + e.getMessage());
      System.exit(2);
    }
  }

  private static int run(Map<String, String> options) throws IOException, InterruptedException {
    HkidGenerator.verifyKnownExamples();
    URI baseUrl = loopbackUrl(required(options, "base-url"));
    int capacity = positiveInt(options, "capacity", null);
    String officeId = options.getOrDefault("office", "rop-tseung-kwan-o");
    Duration timeout = Duration.ofSeconds(positiveInt(options, "timeout", 30));
    BookingApi api = new BookingApi(baseUrl, timeout);

    if (!api.officeIds().contains(officeId)) {
      throw new SetupException("Office " + officeId + " not found. Offices on the server: " + api.officeIds());
    }
    List<String> types = api.appointmentTypeIds();
    // The default type takes applicants of any age, so the random dates of birth are all eligible.
    String typeId = options.getOrDefault("type", DEFAULT_TYPE);
    if (!types.contains(typeId)) {
      throw new SetupException("Appointment type " + typeId + " not found. Types on the server: " + types);
    }

    List<String> dates = bookableDates(api, officeId, typeId, options);
    SlotBoard board = loadSlots(api, officeId, typeId, dates, capacity);
    LoadRun.Plan plan = new LoadRun.Plan(
        officeId,
        typeId,
        positiveInt(options, "clients", 64),
        Duration.ofSeconds(nonNegativeInt(options, "warm-up", 5)),
        Duration.ofSeconds(positiveInt(options, "duration", 20)),
        positiveInt(options, "max-requests", 1_000_000),
        share(options.getOrDefault("group-share", "0.1")));
    ProcessCpu cpu = new ProcessCpu(watchedProcesses(options.getOrDefault("watch", "")),
        positiveInt(options, "clock-ticks", 100));

    Report.printPlan(baseUrl, plan, capacity, dates, board);
    // Random start so that a second run against the same server rarely reuses a number.
    HkidGenerator hkids = new HkidGenerator(ThreadLocalRandom.current().nextLong(13_000_000));
    LoadRun.Result result = new LoadRun(api, board, hkids, plan, cpu).run();
    CapacityAudit.Findings findings = CapacityAudit.run(api, officeId, typeId, dates, board, capacity);
    Report.printResult(result, findings);

    if (!findings.passed()) {
      return 1;
    }
    if (result.outcomesInRun().getOrDefault("201", 0L) == 0) {
      System.out.println("No request was booked: see the outcomes above.");
      return 1;
    }
    return 0;
  }

  private static List<String> bookableDates(BookingApi api, String officeId, String typeId,
      Map<String, String> options) throws IOException {
    List<String> dates = new ArrayList<>();
    for (BookingApi.BookableDate date : api.dates(officeId, typeId)) {
      dates.add(date.date());
    }
    if (dates.isEmpty()) {
      throw new SetupException("Office " + officeId + " has no bookable dates for type " + typeId);
    }
    int limit = options.containsKey("dates") ? positiveInt(options, "dates", null) : dates.size();
    return List.copyOf(dates.subList(0, Math.min(limit, dates.size())));
  }

  private static SlotBoard loadSlots(BookingApi api, String officeId, String typeId,
      List<String> dates, int capacity) throws IOException {
    List<BookingApi.SlotRemaining> slots = new ArrayList<>();
    for (String date : dates) {
      for (BookingApi.SlotRemaining slot : api.slots(officeId, typeId, date)) {
        if (slot.remaining() > capacity) {
          throw new SetupException("Slot " + slot.start() + " has " + slot.remaining()
              + " places left, more than --capacity=" + capacity + ": pass the server's capacity");
        }
        slots.add(slot);
      }
    }
    if (slots.stream().noneMatch(slot -> slot.remaining() > 0)) {
      throw new SetupException("No slot with places left on the chosen dates " + dates);
    }
    return new SlotBoard(slots);
  }

  /** Parses the base URL and rejects any host that does not resolve to a loopback address. */
  private static URI loopbackUrl(String value) throws IOException {
    URI uri = URI.create(value);
    if (uri.getHost() == null || !"http".equals(uri.getScheme())) {
      throw new SetupException("--base-url must be an http URL with a host, such as http://127.0.0.1:8080");
    }
    for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
      if (!address.isLoopbackAddress()) {
        throw new SetupException("--base-url host " + uri.getHost() + " is not a loopback address");
      }
    }
    return uri;
  }

  private static Map<String, Long> watchedProcesses(String value) {
    Map<String, Long> processes = new LinkedHashMap<>();
    for (String entry : value.split(",")) {
      if (entry.isBlank()) {
        continue;
      }
      int colon = entry.lastIndexOf(':');
      if (colon <= 0) {
        throw new SetupException("--watch entries must be NAME:PID, got " + entry);
      }
      processes.put(entry.substring(0, colon), Long.parseLong(entry.substring(colon + 1)));
    }
    return processes;
  }

  private static Map<String, String> parseOptions(String[] args) {
    Map<String, String> options = new LinkedHashMap<>();
    for (String arg : args) {
      int equals = arg.indexOf('=');
      if (!arg.startsWith("--") || equals < 0) {
        throw new IllegalArgumentException("Invalid argument " + arg + ": expected --name=value");
      }
      options.put(arg.substring(2, equals), arg.substring(equals + 1));
    }
    return options;
  }

  private static String required(Map<String, String> options, String name) {
    String value = options.get(name);
    if (value == null || value.isBlank()) {
      throw new SetupException("Missing --" + name + "\n" + USAGE);
    }
    return value;
  }

  private static int positiveInt(Map<String, String> options, String name, Integer defaultValue) {
    int value = intOption(options, name, defaultValue);
    if (value <= 0) {
      throw new SetupException("--" + name + " must be positive, got " + value);
    }
    return value;
  }

  private static int nonNegativeInt(Map<String, String> options, String name, int defaultValue) {
    int value = intOption(options, name, defaultValue);
    if (value < 0) {
      throw new SetupException("--" + name + " must not be negative, got " + value);
    }
    return value;
  }

  private static int intOption(Map<String, String> options, String name, Integer defaultValue) {
    String value = options.get(name);
    if (value == null) {
      if (defaultValue == null) {
        throw new SetupException("Missing --" + name + "\n" + USAGE);
      }
      return defaultValue;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new SetupException("--" + name + " must be a whole number, got " + value);
    }
  }

  private static double share(String value) {
    try {
      double share = Double.parseDouble(value);
      if (share >= 0 && share <= 1) {
        return share;
      }
    } catch (NumberFormatException e) {
      // Reported below with the value.
    }
    throw new SetupException("--group-share must be a number from 0 to 1, got " + value);
  }

  /** An error in the options or in what the server returned before the run; exit status 2. */
  static final class SetupException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SetupException(String message) {
      super(message);
    }
  }
}
