import java.net.URI;
import java.util.List;
import java.util.Map;

/** Prints the plan before a run and the figures and the capacity check after it. */
final class Report {

  private Report() {}

  static void printPlan(URI baseUrl, LoadRun.Plan plan, int capacity, List<String> dates, SlotBoard board) {
    System.out.println("Tamar booking load");
    System.out.printf("  server        %s, office %s, appointment type %s%n",
        baseUrl, plan.officeId(), plan.typeId());
    System.out.printf("  slots         %,d on %d dates (%s to %s), capacity %d persons each%n",
        board.size(), dates.size(), dates.getFirst(), dates.getLast(), capacity);
    System.out.printf("  clients       %d, warm-up %d s, measured window %d s, at most %,d requests%n",
        plan.clients(), plan.warmUp().toSeconds(), plan.measured().toSeconds(), plan.maxRequests());
    System.out.printf("  group share   %.0f%% of requests have 2 to 4 applicants%n", plan.groupShare() * 100);
    System.out.printf("  this client   %d processors available%n", Runtime.getRuntime().availableProcessors());
  }

  static void printResult(LoadRun.Result result, CapacityAudit.Findings findings) {
    double seconds = result.windowSeconds();
    System.out.println();
    System.out.printf("Measured window: %.1f s%s%n", seconds,
        result.ranOutOfSlots() ? " (ended early: every slot is full)" : "");
    System.out.printf("  bookings/s    %8.1f   (%.1f persons/s)%n",
        result.bookingsInWindow() / seconds, result.personsInWindow() / seconds);
    System.out.printf("  requests/s    %8.1f%n", result.requestsInWindow() / seconds);
    System.out.println("  latency of 201 responses, ms:  " + result.bookingLatencies().summary());
    System.out.println("  latency of all responses, ms:  " + result.allLatencies().summary());
    printOutcomes("Outcomes in the measured window", result.outcomesInWindow());
    printOutcomes("Outcomes in the whole run (warm-up included)", result.outcomesInRun());
    printCpu(result);

    System.out.println();
    System.out.printf("Capacity check of %,d slots:%n", findings.slotsChecked());
    System.out.printf("  places confirmed by 201 but not held      %d%n", findings.placesNotHeld());
    System.out.printf("  places taken without a 201                %d%n", findings.placesWithoutBooking());
    System.out.printf("  slots missing from /slots after the run   %d%n", findings.slotsMissing());
    System.out.printf("overbooked places: %d (in %d slots)%n", findings.overbookedPlaces(),
        findings.slotsOverbooked());
    System.out.println(findings.passed() ? "capacity check: passed" : "capacity check: FAILED");
  }

  private static void printOutcomes(String title, Map<String, Long> outcomes) {
    System.out.println(title + ":");
    if (outcomes.isEmpty()) {
      System.out.println("  none");
    }
    outcomes.forEach((label, count) -> System.out.printf("  %-40s %,10d%n", label, count));
  }

  /** Prints CPU seconds per process tree in the measured window, and as a share of one core. */
  private static void printCpu(LoadRun.Result result) {
    ProcessCpu.Sample start = result.cpuAtWindowStart();
    ProcessCpu.Sample end = result.cpuAtWindowEnd();
    double wallSeconds = (end.wallNanos() - start.wallNanos()) / 1e9;
    if (wallSeconds < 1) {
      System.out.println("CPU time: not shown, because the measured window was shorter than 1 s");
      return;
    }
    System.out.printf("CPU time in the measured window (%.1f s of wall time):%n", wallSeconds);
    double measuredSeconds = 0;
    for (Map.Entry<String, Long> entry : end.cpuNanos().entrySet()) {
      if (entry.getKey().equals(ProcessCpu.WHOLE_MACHINE)) {
        continue;
      }
      double cpuSeconds = (entry.getValue() - start.cpuNanos().getOrDefault(entry.getKey(), 0L)) / 1e9;
      measuredSeconds += cpuSeconds;
      printCpuLine(entry.getKey(), cpuSeconds, wallSeconds);
    }
    double machineSeconds = (end.cpuNanos().get(ProcessCpu.WHOLE_MACHINE)
        - start.cpuNanos().get(ProcessCpu.WHOLE_MACHINE)) / 1e9;
    // Other programs on the machine distort the figures: this line shows how much.
    printCpuLine("other processes", Math.max(machineSeconds - measuredSeconds, 0), wallSeconds);
    printCpuLine(ProcessCpu.WHOLE_MACHINE, machineSeconds, wallSeconds);
  }

  private static void printCpuLine(String name, double cpuSeconds, double wallSeconds) {
    System.out.printf("  %-16s %7.1f s  (%.2f cores)%n", name, cpuSeconds, cpuSeconds / wallSeconds);
  }
}
