package dev.mirsad.testing;

import org.apache.qpid.server.SystemLauncher;
import org.apache.qpid.server.SystemLauncherListener;
import org.apache.qpid.server.model.Broker;
import org.apache.qpid.server.model.Port;
import org.apache.qpid.server.model.State;
import org.apache.qpid.server.model.SystemConfig;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * An AMQP 0-9-1 broker in this JVM (Apache Qpid Broker-J), on a free port of 127.0.0.1 with RabbitMQ's
 * default user guest/guest, so tests of nights spread over workers need no RabbitMQ. Nothing is kept on
 * disk. `.ci/run` proves the same nights against the machine's RabbitMQ.
 */
public final class TestBroker implements AutoCloseable {

    private final SystemLauncher launcher;
    private final Path workDir;
    private volatile SystemConfig<?> system;
    private volatile RuntimeException startupError;

    private TestBroker() throws IOException {
        workDir = Files.createTempDirectory("mirsad-test-broker");
        launcher = new SystemLauncher(new SystemLauncherListener.DefaultSystemLauncherListener() {
            @Override
            public void onContainerResolve(SystemConfig<?> resolved) {
                system = resolved;
            }

            @Override
            public void errorOnStartup(RuntimeException e) {
                startupError = e;
            }
        });
    }

    public static TestBroker start() throws Exception {
        TestBroker broker = new TestBroker();
        URL config = TestBroker.class.getClassLoader().getResource("test-broker.json");
        Map<String, Object> context = Map.of(
                "qpid.amqp_port", "0",
                "qpid.work_dir", broker.workDir.toString(),
                "QPID_WORK", broker.workDir.toString(),
                "qpid.broker.defaultPreferenceStoreAttributes", "{\"type\": \"Noop\"}");
        try {
            // startup() reports a failure through the listener, not by throwing.
            broker.launcher.startup(Map.of(
                    SystemConfig.TYPE, "Memory",
                    SystemConfig.INITIAL_CONFIGURATION_LOCATION, config.toExternalForm(),
                    SystemConfig.STARTUP_LOGGED_TO_SYSTEM_OUT, false,
                    SystemConfig.CONTEXT, context));
            if (broker.startupError != null) {
                throw new IllegalStateException("the test broker did not start", broker.startupError);
            }
            if (broker.system == null || broker.system.getContainer().getState() != State.ACTIVE || broker.port() <= 0) {
                throw new IllegalStateException("the test broker did not start listening");
            }
            return broker;
        } catch (Throwable e) {
            // Else its non-daemon configuration thread keeps the JVM alive.
            broker.close();
            throw e;
        }
    }

    public int port() {
        Broker<?> broker = (Broker<?>) system.getContainer(Broker.class);
        return broker.getChildren(Port.class).stream().filter(port -> port.getName().equals("AMQP"))
                .mapToInt(Port::getBoundPort).findFirst().orElseThrow();
    }

    /** The Spring properties that point a Mirsad process at this broker. */
    public Map<String, String> properties() {
        return Map.of("spring.rabbitmq.host", "127.0.0.1", "spring.rabbitmq.port", Integer.toString(port()));
    }

    @Override
    public void close() {
        try {
            launcher.shutdown();
        } finally {
            try (Stream<Path> files = Files.walk(workDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            } catch (IOException ignored) {
                // A temporary folder left behind harms nothing.
            }
        }
    }
}
