package dev.mirsad.lab.benchmark;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The figures of one benchmarked night, and how they are printed. */
public record NightFigures(int workers, int partitions, NightRecord night, CpuShares cpu) {

    /** Articles per second over the job, first step to last. */
    public double articlesPerSecond() {
        return perSecondOfJob(night.articles());
    }

    void print(PrintWriter out) {
        String shape = workers == 0 ? "one process" : "manager, " + workers + " worker" + (workers == 1 ? "" : "s")
                + ", " + partitions + " partitions";
        out.printf(Locale.ROOT, "%s: %d articles; job %.0f s = %.0f articles/s (%s); import step %.0f s;"
                        + " manager's JVM %.2f s%n", shape, night.articles(), seconds(night.job()), articlesPerSecond(),
                night.status(), seconds(night.importStep()), seconds(cpu.wall()));
        out.printf(Locale.ROOT, "  CPU while the manager's JVM ran: machine %s; workers %s, manager %s,"
                        + " database server %s, broker %s%n", share(cpu.machine()), share(cpu.workers()),
                share(cpu.manager()), share(cpu.database()), share(cpu.broker()));
        out.printf(Locale.ROOT, "  CPU per 1000 articles: workers %.2f s, manager %.2f s, database server %.2f s,"
                        + " broker %.3f s%n", perThousand(cpu.workers()), perThousand(cpu.manager()),
                perThousand(cpu.database()), perThousand(cpu.broker()));
        out.printf(Locale.ROOT, "  rows written: %d = %.0f rows/s over the job%n", night.rows(),
                perSecondOfJob(night.rows()));
        List<NightRecord.Partition> parts = night.partitions();
        if (!parts.isEmpty()) {
            List<Duration> ran = parts.stream().map(NightRecord.Partition::ran).sorted().toList();
            List<Duration> waited = parts.stream().map(NightRecord.Partition::waited).sorted().toList();
            NightRecord.Partition last = parts.stream().max(Comparator.comparing(NightRecord.Partition::ended))
                    .orElseThrow();
            out.printf(Locale.ROOT, "  partitions: %d, %.0f articles each on average; each ran %.0f s median"
                            + " (%.0f-%.0f); from the manager creating one to a worker starting it: shortest %.0f s,"
                            + " median %.0f s; from the last one ending to the manager seeing it: %.0f s%n",
                    parts.size(), night.articles() / (double) parts.size(), seconds(median(ran)),
                    seconds(ran.get(0)), seconds(ran.get(ran.size() - 1)), seconds(waited.get(0)),
                    seconds(median(waited)), seconds(Duration.between(last.ended(), night.importEnded())));
        }
        out.printf(Locale.ROOT, "figures: workers=%d partitions=%d articles=%d job_s=%.3f articles_per_s=%.1f"
                        + " import_s=%.3f wall_s=%.3f machine_cpu_s=%.2f workers_cpu_s=%.2f manager_cpu_s=%.2f"
                        + " database_cpu_s=%.2f broker_cpu_s=%.2f rows=%d%n", workers, partitions, night.articles(),
                seconds(night.job()), articlesPerSecond(), seconds(night.importStep()), seconds(cpu.wall()),
                seconds(cpu.machine()), seconds(cpu.workers()), seconds(cpu.manager()), seconds(cpu.database()),
                seconds(cpu.broker()), night.rows());
        out.flush();
    }

    private String share(Duration spent) {
        return String.format(Locale.ROOT, "%.1f s (%.0f%%)", seconds(spent), cpu.percentOfMachine(spent));
    }

    private double perThousand(Duration spent) {
        return seconds(spent) * 1000 / Math.max(night.articles(), 1);
    }

    private static Duration median(List<Duration> sorted) {
        return sorted.get(sorted.size() / 2);
    }

    /** NaN for a job shorter than Spring Batch's clock can tell (a second, on MariaDB 10). */
    private double perSecondOfJob(long count) {
        return night.job().isZero() ? Double.NaN : count / seconds(night.job());
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }
}
