package dev.mirsad.cli;

import java.util.Map;

/** A command line that hands its subcommands Spring properties winning over every other source (tests name their database here). */
public interface PropertiesSource {

    Map<String, String> properties();
}
