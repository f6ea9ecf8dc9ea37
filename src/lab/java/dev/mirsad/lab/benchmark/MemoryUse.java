package dev.mirsad.lab.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * Peak memory of this JVM over a phase of a benchmark. Peak heap is the sum of the heap pools' peaks
 * (an upper bound: the pools need not peak at once). Peak RSS is the kernel's high-water mark
 * (VmHWM), which {@link #reset()} clears where Linux lets a process do so.
 */
public final class MemoryUse {

    private static final Path STATUS = Path.of("/proc/self/status");
    private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");

    private MemoryUse() {
    }

    /** Starts a new phase: forgets the peaks so far. @return whether the RSS peak could be reset too */
    public static boolean reset() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        try {
            // "5" resets the peak resident set size (Linux 4.0+).
            Files.writeString(CLEAR_REFS, "5");
            return true;
        } catch (IOException | UnsupportedOperationException notLinux) {
            return false;
        }
    }

    public static long peakHeapBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
    }

    public static long maxHeapBytes() {
        return Runtime.getRuntime().maxMemory();
    }

    /** VmHWM from /proc/self/status, or empty where there is none. */
    public static OptionalLong peakRssBytes() {
        try {
            return Files.readAllLines(STATUS).stream()
                    .filter(line -> line.startsWith("VmHWM:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024)
                    .findFirst();
        } catch (IOException | UnsupportedOperationException notLinux) {
            return OptionalLong.empty();
        }
    }
}
