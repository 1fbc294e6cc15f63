import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Samples the CPU time of this program and of named process trees (a process and all its
 * descendants) from Linux's {@code /proc}, so the report can show where the cores went.
 *
 * <p>Times of descendants that exited between two samples are lost. PostgreSQL keeps a backend
 * for each connection that the pool keeps open, so this misses little here.
 */
final class ProcessCpu {

  static final String LOAD_CLIENT = "load client";
  static final String WHOLE_MACHINE = "whole machine";

  /** CPU nanoseconds per name at one instant of {@link System#nanoTime()}. */
  record Sample(long wallNanos, Map<String, Long> cpuNanos) {}

  private final Map<String, Long> rootPids;
  private final long clockTicksPerSecond;

  /**
   * @param rootPids the process trees to watch, by display name
   * @param clockTicksPerSecond the unit of {@code /proc/<pid>/stat} times, from {@code getconf CLK_TCK}
   */
  ProcessCpu(Map<String, Long> rootPids, long clockTicksPerSecond) {
    this.rootPids = new LinkedHashMap<>(rootPids);
    this.clockTicksPerSecond = clockTicksPerSecond;
  }

  Sample sample() {
    Map<String, Long> cpu = new LinkedHashMap<>();
    Map<Long, ProcessStat> processes = rootPids.isEmpty() ? Map.of() : readAllProcesses();
    for (Map.Entry<String, Long> root : rootPids.entrySet()) {
      long ticks = 0;
      for (long pid : treeOf(root.getValue(), processes)) {
        ticks += processes.get(pid).cpuTicks();
      }
      cpu.put(root.getKey(), ticks * 1_000_000_000L / clockTicksPerSecond);
    }
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    cpu.put(LOAD_CLIENT, os.getProcessCpuTime());
    cpu.put(WHOLE_MACHINE, machineBusyTicks() * 1_000_000_000L / clockTicksPerSecond);
    return new Sample(System.nanoTime(), cpu);
  }

  /**
   * Reads the busy time of all processors from the first line of {@code /proc/stat}: user, nice,
   * system, irq, softirq and steal, which leaves out idle and iowait.
   */
  private static long machineBusyTicks() {
    String cpuLine;
    try (Stream<String> lines = Files.lines(Path.of("/proc/stat"))) {
      cpuLine = lines.findFirst().orElseThrow();
    } catch (IOException e) {
      throw new IllegalStateException("Failed to read /proc/stat: " + e.getMessage(), e);
    }
    String[] fields = cpuLine.trim().split("\\s+");
    long busy = 0;
    for (int field : new int[] {1, 2, 3, 6, 7, 8}) {
      busy += Long.parseLong(fields[field]);
    }
    return busy;
  }

  private record ProcessStat(long parentPid, long cpuTicks) {}

  private static List<Long> treeOf(long root, Map<Long, ProcessStat> processes) {
    Map<Long, List<Long>> children = new HashMap<>();
    processes.forEach((pid, stat) ->
        children.computeIfAbsent(stat.parentPid(), parent -> new ArrayList<>()).add(pid));
    List<Long> tree = new ArrayList<>();
    ArrayDeque<Long> pending = new ArrayDeque<>();
    if (processes.containsKey(root)) {
      pending.add(root);
    }
    while (!pending.isEmpty()) {
      long pid = pending.poll();
      tree.add(pid);
      pending.addAll(children.getOrDefault(pid, List.of()));
    }
    return tree;
  }

  private static Map<Long, ProcessStat> readAllProcesses() {
    Map<Long, ProcessStat> processes = new HashMap<>();
    try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
      for (Path entry : (Iterable<Path>) entries::iterator) {
        String name = entry.getFileName().toString();
        if (name.chars().allMatch(Character::isDigit)) {
          readStat(entry.resolve("stat")).ifPresent(stat -> processes.put(Long.parseLong(name), stat));
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("Failed to list /proc: " + e.getMessage(), e);
    }
    return processes;
  }

  /**
   * Reads the parent pid and user plus system time from a {@code stat} file (see proc(5)). The
   * command name may contain spaces, so the fields are counted from its closing bracket.
   */
  private static Optional<ProcessStat> readStat(Path statFile) {
    String line;
    try {
      line = Files.readString(statFile);
    } catch (IOException e) {
      return Optional.empty(); // The process exited while the directory was listed.
    }
    String[] fields = line.substring(line.lastIndexOf(')') + 2).trim().split(" ");
    // fields[0] is field 3 (state): parent pid is field 4, utime 14 and stime 15.
    long parentPid = Long.parseLong(fields[1]);
    long cpuTicks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    return Optional.of(new ProcessStat(parentPid, cpuTicks));
  }
}
