package dev.mirsad.lab.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * CPU time of processes and of the whole machine, from Linux's {@code /proc}: the benchmark runs the manager,
 * the workers, the database server and the broker as separate processes, so their shares of the machine can
 * only be read from outside them.
 */
final class ProcessCpu {

    /** {@code /proc} counts in USER_HZ ticks, 100 per second on x86 and ARM Linux. */
    private static final long TICKS_PER_SECOND = 100;
    /** Fields of /proc/PID/stat counted from the one after the command name: user time, then system time. */
    private static final int UTIME = 11;
    /** Likewise for the children that ended and were waited for. */
    private static final int CUTIME = 13;

    private ProcessCpu() {
    }

    /** User plus system time of one process so far; empty once it has ended or where there is no {@code /proc}. */
    static OptionalLong nanosOf(long pid) {
        return statTicks(Long.toString(pid), UTIME);
    }

    /**
     * User plus system time of this JVM's children that have ended and been waited for: how the CPU of a
     * process is read once it has exited.
     */
    static long endedChildrenNanos() {
        return statTicks("self", CUTIME).orElse(0);
    }

    /** The field at {@code index} after the command name plus the next one (system after user), in nanoseconds. */
    private static OptionalLong statTicks(String process, int index) {
        try {
            String stat = Files.readString(Path.of("/proc", process, "stat"));
            // The command name in parentheses may hold spaces; the fields after it are fixed.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[index]) + Long.parseLong(fields[index + 1]);
            return OptionalLong.of(ticks * (1_000_000_000L / TICKS_PER_SECOND));
        } catch (IOException | RuntimeException gone) {
            return OptionalLong.empty();
        }
    }

    /** Processes whose command name is one of {@code names} (the database server, the broker's Erlang VM). */
    static List<Long> pidsNamed(List<String> names) {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.filter(dir -> dir.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(dir -> names.contains(commandName(dir)))
                    .map(dir -> Long.parseLong(dir.getFileName().toString()))
                    .sorted()
                    .toList();
        } catch (IOException | UnsupportedOperationException noProc) {
            return List.of();
        }
    }

    /** Sum of {@link #nanosOf} over the processes that still run. */
    static long nanosOf(List<Long> pids) {
        return pids.stream().mapToLong(pid -> nanosOf(pid).orElse(0)).sum();
    }

    /** Busy CPU time of the machine, all cores: everything in the first line of /proc/stat but idle and iowait. */
    static Duration machineBusy() {
        try {
            String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            // cpu user nice system idle iowait irq softirq steal (guest time is already inside user)
            for (int field = 1; field <= 8 && field < fields.length; field++) {
                if (field != 4 && field != 5) {
                    busy += Long.parseLong(fields[field]);
                }
            }
            return Duration.ofNanos(busy * (1_000_000_000L / TICKS_PER_SECOND));
        } catch (IOException | RuntimeException noProc) {
            return Duration.ZERO;
        }
    }

    private static String commandName(Path processDir) {
        try {
            return Files.readString(processDir.resolve("comm")).trim();
        } catch (IOException ended) {
            return "";
        }
    }
}
