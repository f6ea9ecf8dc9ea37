package dev.mirsad.pipeline;

/** The stages of the pipeline whose time a benchmark tells apart. */
public enum PipelineStage {
    PARSE, CLEAN_AND_LANGUAGE, EXTRACT;

    /** Told when a stage of one article ends. */
    @FunctionalInterface
    public interface Timer {

        /** Ignores the times. */
        Timer NONE = (stage, startedAt) -> System.nanoTime();

        /**
         * @param startedAt the stage's start, a {@link System#nanoTime()}
         * @return now, where the next stage starts
         */
        long ended(PipelineStage stage, long startedAt);
    }
}
