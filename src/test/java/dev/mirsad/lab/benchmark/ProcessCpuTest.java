package dev.mirsad.lab.benchmark;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** CPU times read from Linux's /proc, on this JVM and on a child process that burns CPU and ends. */
class ProcessCpuTest {

    @BeforeAll
    static void linuxOnly() {
        assumeTrue(Files.isReadable(Path.of("/proc/self/stat")), "no /proc on this system");
    }

    @Test
    void thisProcessesCpuTimeGrowsWithWork() {
        long before = ProcessCpu.nanosOf(ProcessHandle.current().pid()).orElseThrow();
        Duration machineBefore = ProcessCpu.machineBusy();
        burnCpu(Duration.ofMillis(300));

        // /proc counts in 10 ms ticks, so allow two of them either side.
        assertThat(ProcessCpu.nanosOf(ProcessHandle.current().pid()).orElseThrow() - before)
                .isGreaterThanOrEqualTo(Duration.ofMillis(280).toNanos());
        assertThat(ProcessCpu.machineBusy().minus(machineBefore)).isGreaterThanOrEqualTo(Duration.ofMillis(280));
    }

    @Test
    void aChildsCpuTimeCountsOnceItHasEndedAndAnEndedProcessHasNone() throws Exception {
        long before = ProcessCpu.endedChildrenNanos();
        Process child = new ProcessBuilder("sh", "-c", "i=0; while [ $i -lt 300000 ]; do i=$((i+1)); done").start();
        long pid = child.pid();
        assertThat(child.waitFor()).isZero();

        assertThat(ProcessCpu.endedChildrenNanos() - before).isGreaterThan(0);
        assertThat(ProcessCpu.nanosOf(pid)).isEmpty();
    }

    @Test
    void findsProcessesByCommandName() throws IOException {
        String thisCommand = Files.readString(Path.of("/proc", Long.toString(ProcessHandle.current().pid()), "comm"))
                .trim();
        assertThat(ProcessCpu.pidsNamed(List.of(thisCommand))).contains(ProcessHandle.current().pid());
        assertThat(ProcessCpu.pidsNamed(List.of("no-such-command"))).isEmpty();
    }

    /** Works on this thread until it has had {@code cpu} of CPU time, however busy the machine is. */
    private static void burnCpu(Duration cpu) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long end = threads.getCurrentThreadCpuTime() + cpu.toNanos();
        double x = 0;
        while (threads.getCurrentThreadCpuTime() < end) {
            for (int i = 0; i < 10_000; i++) {
                x += Math.sqrt(x + i);
            }
        }
        assertThat(x).isPositive();
    }
}
