import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Runs closed-loop clients on virtual threads: each books a random open slot, waits for the
 * response, records it and books again, until the run time or the request budget is used up or no
 * slot is open.
 *
 * <p>Requests that complete during the warm-up count for the capacity check but not for the
 * figures. The measured window runs from the end of the warm-up to the end of the run.
 */
final class LoadRun {

  /** The settings of a run: office, type, clients, times, request budget and share of group bookings. */
  record Plan(
      String officeId,
      String typeId,
      int clients,
      Duration warmUp,
      Duration measured,
      long maxRequests,
      double groupShare) {}

  /** The figures of one run. Outcome counts map labels such as {@code 409 slot_full} to counts. */
  record Result(
      double windowSeconds,
      long bookingsInWindow,
      long personsInWindow,
      long requestsInWindow,
      Map<String, Long> outcomesInWindow,
      Map<String, Long> outcomesInRun,
      Latencies allLatencies,
      Latencies bookingLatencies,
      boolean ranOutOfSlots,
      ProcessCpu.Sample cpuAtWindowStart,
      ProcessCpu.Sample cpuAtWindowEnd) {}

  /** Dates of birth are drawn from 1950-01-01 to 2008-12-31: adults and teenagers, none in the future. */
  private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1950, 1, 1);
  private static final int BIRTH_DAYS = (int) (LocalDate.of(2008, 12, 31).toEpochDay()
      - EARLIEST_BIRTH.toEpochDay());

  private static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(5);
  private static final Duration POLL_INTERVAL = Duration.ofMillis(50);

  private final BookingApi api;
  private final SlotBoard board;
  private final HkidGenerator hkids;
  private final Plan plan;
  private final ProcessCpu cpu;

  private final AtomicLong requestBudget;
  private final LongAdder bookingsSoFar = new LongAdder();
  private final LongAdder requestsSoFar = new LongAdder();
  private volatile boolean ranOutOfSlots;

  LoadRun(BookingApi api, SlotBoard board, HkidGenerator hkids, Plan plan, ProcessCpu cpu) {
    this.api = api;
    this.board = board;
    this.hkids = hkids;
    this.plan = plan;
    this.cpu = cpu;
    this.requestBudget = new AtomicLong(plan.maxRequests());
  }

  Result run() throws InterruptedException {
    long runStart = System.nanoTime();
    long windowStart = runStart + plan.warmUp().toNanos();
    long runEnd = windowStart + plan.measured().toNanos();

    List<Worker> workers = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < plan.clients(); i++) {
      Worker worker = new Worker(windowStart, runEnd);
      workers.add(worker);
      threads.add(Thread.ofVirtual().name("client-" + i).start(worker));
    }

    ProcessCpu.Sample cpuAtWindowStart = reportProgressUntil(runStart, windowStart, threads);
    reportProgressUntil(runStart, runEnd, threads);
    for (Thread thread : threads) {
      thread.join();
    }
    ProcessCpu.Sample cpuAtWindowEnd = cpu.sample();

    long lastFinished = workers.stream().mapToLong(worker -> worker.lastFinished).max().orElse(runEnd);
    return summarise(workers, windowStart, Math.min(runEnd, lastFinished), cpuAtWindowStart,
        cpuAtWindowEnd);
  }

  /**
   * Prints a progress line every few seconds until the deadline or until all clients ended, then
   * samples the CPU.
   */
  private ProcessCpu.Sample reportProgressUntil(long runStart, long deadline, List<Thread> threads)
      throws InterruptedException {
    long nextReport = System.nanoTime() + PROGRESS_INTERVAL.toNanos();
    while (System.nanoTime() < deadline && threads.stream().anyMatch(Thread::isAlive)) {
      Thread.sleep(POLL_INTERVAL);
      if (System.nanoTime() >= nextReport) {
        nextReport += PROGRESS_INTERVAL.toNanos();
        System.out.printf("  %5.1f s: %,d bookings, %,d requests%n",
            (System.nanoTime() - runStart) / 1e9, bookingsSoFar.sum(), requestsSoFar.sum());
      }
    }
    return cpu.sample();
  }

  private Result summarise(List<Worker> workers, long windowStart, long windowEnd,
      ProcessCpu.Sample cpuAtWindowStart, ProcessCpu.Sample cpuAtWindowEnd) {
    Map<String, Long> inWindow = new TreeMap<>();
    Map<String, Long> inRun = new TreeMap<>();
    Latencies all = new Latencies();
    Latencies bookings = new Latencies();
    long persons = 0;
    for (Worker worker : workers) {
      worker.outcomesInWindow.forEach((label, count) -> inWindow.merge(label, count, Long::sum));
      worker.outcomesInRun.forEach((label, count) -> inRun.merge(label, count, Long::sum));
      all.addAll(worker.allLatencies);
      bookings.addAll(worker.bookingLatencies);
      persons += worker.personsInWindow;
    }
    double windowSeconds = Math.max(windowEnd - windowStart, 1) / 1e9;
    return new Result(windowSeconds, bookings.count(), persons, all.count(), inWindow, inRun, all,
        bookings, ranOutOfSlots, cpuAtWindowStart, cpuAtWindowEnd);
  }

  /** One client. Its records are read only after its thread ended. */
  private final class Worker implements Runnable {

    private final long windowStart;
    private final long runEnd;
    private final Map<String, Long> outcomesInWindow = new TreeMap<>();
    private final Map<String, Long> outcomesInRun = new TreeMap<>();
    private final Latencies allLatencies = new Latencies();
    private final Latencies bookingLatencies = new Latencies();
    private long personsInWindow;
    private long lastFinished;

    Worker(long windowStart, long runEnd) {
      this.windowStart = windowStart;
      this.runEnd = runEnd;
    }

    @Override
    public void run() {
      ThreadLocalRandom random = ThreadLocalRandom.current();
      while (System.nanoTime() < runEnd && requestBudget.getAndDecrement() > 0) {
        int slot = board.pickOpen();
        if (slot < 0) {
          ranOutOfSlots = true;
          return;
        }
        int persons = random.nextDouble() < plan.groupShare() ? 2 + random.nextInt(3) : 1;
        String body = requestBody(board.start(slot), persons, random);

        long started = System.nanoTime();
        BookingApi.BookingOutcome outcome = api.book(body);
        long finished = System.nanoTime();
        lastFinished = finished;

        updateBoard(slot, persons, outcome);
        record(outcome, persons, finished - started, finished);
      }
    }

    private void updateBoard(int slot, int persons, BookingApi.BookingOutcome outcome) {
      if (outcome.booked()) {
        board.recordBooked(slot, persons);
        bookingsSoFar.increment();
      } else if (outcome.status() == 0) {
        board.recordUnconfirmed(slot, persons);
      } else if ("slot_unavailable".equals(outcome.code())
          || ("slot_full".equals(outcome.code()) && persons == 1)) {
        board.close(slot);
      }
      requestsSoFar.increment();
    }

    private void record(BookingApi.BookingOutcome outcome, int persons, long latency, long finished) {
      outcomesInRun.merge(outcome.label(), 1L, Long::sum);
      if (finished < windowStart || finished > runEnd) {
        return;
      }
      outcomesInWindow.merge(outcome.label(), 1L, Long::sum);
      allLatencies.add(latency);
      if (outcome.booked()) {
        bookingLatencies.add(latency);
        personsInWindow += persons;
      }
    }
  }

  private String requestBody(String start, int persons, ThreadLocalRandom random) {
    StringBuilder applicants = new StringBuilder();
    for (int i = 0; i < persons; i++) {
      LocalDate birth = EARLIEST_BIRTH.plusDays(random.nextInt(BIRTH_DAYS + 1));
      applicants.append(i == 0 ? "" : ",")
          .append("{\"documentType\":\"HKID\",\"documentNumber\":").append(Json.quote(hkids.next()))
          .append(",\"dateOfBirth\":\"").append(birth).append("\"}");
    }
    return "{\"type\":" + Json.quote(plan.typeId())
        + ",\"officeId\":" + Json.quote(plan.officeId())
        + ",\"start\":" + Json.quote(start)
        + ",\"applicants\":[" + applicants + "]"
        + ",\"enquiryCode\":\"" + String.format("%04d", random.nextInt(10_000)) + "\"}";
  }
}
