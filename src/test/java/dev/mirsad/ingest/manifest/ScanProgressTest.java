package dev.mirsad.ingest.manifest;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ScanProgressTest {

    private final List<String> lines = new ArrayList<>();
    private long now;
    private final ScanProgress progress = new ScanProgress(lines::add, () -> now, Duration.ofSeconds(10));

    @Test
    void saysWhatIsToBeHashedThenHowFarItGotAndWhatIsLeftAtASteadyPace() {
        progress.listed(4, 4_000_000);
        now = seconds(5);
        progress.hashed(1_000_000);
        now = seconds(10);
        progress.hashed(1_000_000);
        now = seconds(15);
        progress.hashed(1_000_000);

        assertThat(lines).containsExactly(
                "scan: 4 files listed (4.0 MB); hashing them",
                "scan: 2/4 files hashed (50%), 2.0 MB of 4.0 MB, 0.2 files/s, about 10 s left");
    }

    @Test
    void printsAgainOnlyAfterTheInterval() {
        progress.listed(100, 100);
        for (int k = 1; k <= 100; k++) {
            now = seconds(k);
            progress.hashed(1);
        }

        assertThat(lines).hasSize(1 + 10);
        assertThat(lines.get(lines.size() - 1)).startsWith("scan: 100/100 files hashed (100%)").endsWith("about 0 s left");
    }

    @Test
    void anEmptyArchiveIsDoneAtOnce() {
        progress.listed(0, 0);

        assertThat(lines).containsExactly("scan: 0 files listed (0.0 MB); hashing them");
    }

    private static long seconds(long s) {
        return Duration.ofSeconds(s).toNanos();
    }
}
