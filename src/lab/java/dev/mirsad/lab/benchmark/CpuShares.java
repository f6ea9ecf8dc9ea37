package dev.mirsad.lab.benchmark;

import java.time.Duration;

/**
 * CPU time spent while the manager (or the one process) ran, by process, read from outside the processes.
 *
 * @param wall from starting the manager's JVM to its exit
 * @param machine busy time of every core of the machine, whatever ran on it
 * @param manager the manager's JVM (the whole night in one process), its start-up included
 * @param workers the workers' JVMs together
 * @param database the database server
 * @param broker the broker
 */
public record CpuShares(Duration wall, Duration machine, Duration manager, Duration workers, Duration database,
                 Duration broker) {

    /** The share of the machine's cores over the wall time, in per cent. */
    double percentOfMachine(Duration cpu) {
        double capacity = wall.toNanos() * (double) Runtime.getRuntime().availableProcessors();
        return 100.0 * cpu.toNanos() / Math.max(capacity, 1);
    }
}
