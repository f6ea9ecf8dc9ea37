package dev.mirsad.cli;

import dev.mirsad.ingest.IngestProperties;
import dev.mirsad.ingest.summary.RunSummaryRepository;
import dev.mirsad.operations.IngestOperations;
import dev.mirsad.operations.RunOutcome;
import dev.mirsad.operations.RunRequest;
import dev.mirsad.parse.InputFolders;
import dev.mirsad.web.NightLauncher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Stays up and runs the nightly ingest on a schedule, never two nights at once.",
                "The cron schedule is mirsad.schedule (default 02:00 every day, for the night that just",
                "ended, named after the day it began, in mirsad.time-zone). It runs until stopped (SIGTERM",
                "or Ctrl-C stops a running night at a chunk boundary)."})
final class ServeCommand extends DatabaseCommand {

    private static final Logger log = LoggerFactory.getLogger(ServeCommand.class);

    /** The one command with an HTTP port: health and metrics ({@code server.port}, loopback by default). */
    @Override
    protected Map<String, String> moreProperties() {
        return Map.of("spring.main.web-application-type", "servlet");
    }

    @Override
    protected int call(MirsadRuntime runtime) throws InterruptedException {
        IngestProperties properties = runtime.bean(IngestProperties.class);
        IngestOperations operations = runtime.bean(IngestOperations.class);
        InputFolders inputs = InputFolders.of(properties.inputs().stream().map(Path::of).toList());
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        // One thread: a night still running when the next one is due delays it, never overlaps it.
        scheduler.setPoolSize(1);
        scheduler.setThreadNamePrefix("mirsad-night-");
        scheduler.initialize();
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(stopped::countDown);
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            scheduler.schedule(() -> runNight(runtime, operations, inputs, properties),
                    new CronTrigger(properties.schedule(), properties.timeZone()));
            log.info("Serving: the ingest runs on '{}' ({}); stop with SIGTERM or Ctrl-C",
                    properties.schedule(), properties.timeZone());
            stopped.await();
        } finally {
            scheduler.shutdown();
        }
        return ExitCodes.COMPLETED;
    }

    private void runNight(MirsadRuntime runtime, IngestOperations operations, InputFolders inputs,
                          IngestProperties properties) {
        LocalDate night = NightLauncher.lastNight(properties.timeZone());
        try {
            RunOutcome outcome = operations.run(new RunRequest(night, inputs, false));
            if (outcome.kind() == RunOutcome.Kind.RAN) {
                PrintWriter out = out();
                runtime.bean(RunSummaryRepository.class).find(outcome.execution().getId())
                        .ifPresent(summary -> SummaryPrinter.print(summary, out));
            } else {
                log.warn("Night of {} not started: {}", night, outcome.message());
            }
        } catch (Exception e) {
            log.error("Night of {} could not run: {}", night, e.getMessage(), e);
        }
    }
}
