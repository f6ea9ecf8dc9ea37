package dev.mirsad.web;

import dev.mirsad.ingest.IngestProperties;
import dev.mirsad.ingest.manifest.ManifestRepository;
import dev.mirsad.ingest.summary.RunSummary;
import dev.mirsad.ingest.summary.RunSummaryRepository;
import dev.mirsad.operations.IngestOperations;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;

/**
 * The operator's console in serve mode: the list of nights, one night's page, and the actions (run the
 * night that has just ended, restart a failed or stopped night, stop a running one). Pages are rendered
 * on the server (Thymeleaf, which escapes every value); a running night's page reloads itself.
 * Actions are POSTs that {@link WebSecurity} lets through only with the credential and a CSRF token.
 */
@Controller
@ConditionalOnWebApplication
public class ConsoleController {

    private static final int NIGHTS_LISTED = 60;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final RunSummaryRepository summaries;
    private final IngestOperations operations;
    private final ManifestRepository manifest;
    private final IngestProperties properties;
    private final ConsoleProperties console;
    private final NightLauncher launcher;

    public ConsoleController(RunSummaryRepository summaries, IngestOperations operations, ManifestRepository manifest,
                             IngestProperties properties, ConsoleProperties console, NightLauncher launcher) {
        this.summaries = summaries;
        this.operations = operations;
        this.manifest = manifest;
        this.properties = properties;
        this.console = console;
        this.launcher = launcher;
    }

    /** One night in the list. */
    public record NightRow(long id, String date, String status, String started, String duration, long scanned,
                           long ingested, long unchanged, long rejected, long facts) {
    }

    /** One step of a night. */
    public record StepRow(String name, String status, long read, long written, String started, String duration) {
    }

    @GetMapping("/")
    public String nights(Model model) {
        model.addAttribute("nights", summaries.recent(NIGHTS_LISTED).stream().map(this::row).toList());
        model.addAttribute("running", operations.runningExecution().isPresent());
        common(model);
        return "nights";
    }

    @GetMapping("/nights/{id:\\d+}")
    public String night(@PathVariable long id, Model model) {
        RunSummary run = summaries.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "There is no execution " + id + "."));
        JobExecution execution = operations.existing(id);
        boolean running = execution.getStatus().isRunning();
        model.addAttribute("night", row(run));
        model.addAttribute("run", run);
        model.addAttribute("runningNow", running);
        model.addAttribute("restartable", !running && ("FAILED".equals(run.status()) || "STOPPED".equals(run.status())));
        model.addAttribute("pending", running ? manifest.countPending(execution.getJobInstance().getInstanceId()) : 0);
        model.addAttribute("steps", execution.getStepExecutions().stream()
                .sorted(Comparator.comparingLong(StepExecution::getId)).map(this::step).toList());
        common(model);
        return "night";
    }

    @PostMapping("/nights/run")
    public String runLastNight(RedirectAttributes flash) {
        flash.addFlashAttribute("message", launcher.runLastNight());
        return "redirect:/";
    }

    @PostMapping("/nights/{id:\\d+}/restart")
    public String restart(@PathVariable long id, RedirectAttributes flash) {
        // A restart is a new execution of the same night: the list shows it.
        flash.addFlashAttribute("message", launcher.restart(id));
        return "redirect:/";
    }

    @PostMapping("/nights/{id:\\d+}/stop")
    public String stop(@PathVariable long id, RedirectAttributes flash) {
        try {
            operations.stop(id);
            flash.addFlashAttribute("message", "Execution " + id + " stops at its next chunk boundary.");
        } catch (Exception e) {
            flash.addFlashAttribute("message", e.getMessage());
        }
        return "redirect:/nights/" + id;
    }

    private void common(Model model) {
        model.addAttribute("zone", properties.timeZone().getId());
        model.addAttribute("actions", console.hasPassword());
    }

    private NightRow row(RunSummary run) {
        long facts = run.factCounts().entrySet().stream().filter(e -> !e.getKey().equals("entities"))
                .mapToLong(e -> e.getValue()).sum();
        return new NightRow(run.executionId(), run.runDate(), run.status(), time(run.startedAt()),
                duration(run.duration()), run.filesScanned(), run.filesIngested(), run.filesUnchanged(),
                run.filesRejected(), facts);
    }

    private StepRow step(StepExecution step) {
        Duration took = step.getStartTime() == null || step.getEndTime() == null ? null
                : Duration.between(step.getStartTime(), step.getEndTime());
        return new StepRow(step.getStepName(), step.getStatus().name(), step.getReadCount(), step.getWriteCount(),
                time(step.getStartTime()), duration(took));
    }

    /** A UTC time of the job repository, shown in the configured zone. */
    private String time(LocalDateTime utc) {
        return utc == null ? "-" : utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(properties.timeZone()).format(TIME);
    }

    private static String duration(Duration duration) {
        if (duration == null) {
            return "-";
        }
        long seconds = duration.toSeconds();
        return seconds < 60 ? String.format("%.1f s", duration.toMillis() / 1000.0)
                : String.format("%d min %02d s", seconds / 60, seconds % 60);
    }
}
