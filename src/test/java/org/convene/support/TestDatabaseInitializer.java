package org.convene.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points every application context started by the tests at the run's {@link TestDatabase}, or at a database of its
 * own when it sets {@code convene.test.own-database}; one that sets {@code convene.test.database=as-configured} keeps the
 * database it is given (the embedded default's H2, say). Each database's audit checkpoints go to a directory of its own.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** Every context in the run hashes the audit trail with one key, as every instance of Convene would. */
    static final String AUDIT_KEY = "the-test-run's-audit-key-of-at-least-32-characters";
    private static final Map<String, Path> ANCHORS = new ConcurrentHashMap<>();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, Object> settings = new HashMap<>();
        settings.put("convene.audit.key", AUDIT_KEY);
        settings.put("convene.test.smtp-port", TestPorts.SMTP);
        if ("as-configured".equals(context.getEnvironment().getProperty("convene.test.database"))) {
            settings.put("convene.audit.anchor-dir", newDirectory().toString());
        } else {
            String ownDatabase = context.getEnvironment().getProperty("convene.test.own-database");
            settings.putAll(ownDatabase == null ? TestDatabase.properties() : TestDatabase.ownDatabase(ownDatabase));
            // The checkpoints of a database's trail belong with that database, never in ./data
            settings.put("convene.audit.anchor-dir", ANCHORS.computeIfAbsent(ownDatabase == null ? "" : ownDatabase, name -> newDirectory()).toString());
        }
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("convene-test-database", settings));
    }

    private static Path newDirectory() {
        try {
            return Files.createTempDirectory("convene-audit-anchor");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
