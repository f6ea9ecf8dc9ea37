package dev.mirsad.ingest;

import dev.mirsad.parse.InputFolders;
import dev.mirsad.parse.InputRoots;
import org.springframework.batch.core.job.parameters.JobParameters;

import java.io.IOException;

/** The ingest job's name and the parameters that identify and describe a night. */
public final class NightParameters {

    public static final String JOB_NAME = "ingestJob";
    /** Identifying: the business date of the night. */
    public static final String RUN_DATE = "runDate";
    /** Identifying, only on a forced new pass over a completed date. */
    public static final String PASS = "pass";
    /** Non-identifying: the input folders ({@link InputFolders}). */
    public static final String INPUTS = "inputs";

    /** The input folders a night was started with, resolved (each must still exist). */
    public static InputRoots inputRoots(JobParameters parameters) throws IOException {
        Object inputs = parameters.getParameter(INPUTS).value();
        // Nights started before the folders travelled as InputFolders stored them as text.
        return InputRoots.of(inputs instanceof InputFolders folders ? folders : InputFolders.parse(inputs.toString()));
    }

    private NightParameters() {
    }
}
