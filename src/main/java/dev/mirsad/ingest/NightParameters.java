package dev.mirsad.ingest;

import dev.mirsad.parse.InputRoots;
import org.springframework.batch.core.job.parameters.JobParameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

/** The ingest job's name and the parameters that identify and describe a night. */
public final class NightParameters {

    public static final String JOB_NAME = "ingestJob";
    /** Identifying: the business date of the night. */
    public static final String RUN_DATE = "runDate";
    /** Identifying, only on a forced new pass over a completed date. */
    public static final String PASS = "pass";
    /** Non-identifying: the input folders, separated by {@link #INPUT_SEPARATOR}. */
    public static final String INPUTS = "inputs";
    public static final String INPUT_SEPARATOR = "\n";

    /** The input folders a night was started with, resolved (each must still exist). */
    public static InputRoots inputRoots(JobParameters parameters) throws IOException {
        return InputRoots.of(Arrays.stream(parameters.getString(INPUTS).split(INPUT_SEPARATOR)).map(Path::of).toList());
    }

    private NightParameters() {
    }
}
