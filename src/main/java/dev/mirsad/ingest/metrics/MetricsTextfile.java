package dev.mirsad.ingest.metrics;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes the process's metrics in the Prometheus text format to a file, for node_exporter's textfile
 * collector when nights run from cron (serve has {@code /actuator/prometheus} instead). The file is
 * written beside its final name and moved over it, so the collector never reads half of it.
 */
@Component
public class MetricsTextfile {

    private final PrometheusMeterRegistry registry;

    public MetricsTextfile(PrometheusMeterRegistry registry) {
        this.registry = registry;
    }

    public void write(Path file) throws IOException {
        Path absolute = file.toAbsolutePath();
        Path partial = absolute.resolveSibling(absolute.getFileName() + ".partial");
        Files.writeString(partial, registry.scrape(), StandardCharsets.UTF_8);
        Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
