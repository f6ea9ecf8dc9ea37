package dev.mirsad;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Spring side of Mirsad: the ingest job, its repository and the operations the CLI calls. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MirsadApplication {
}
