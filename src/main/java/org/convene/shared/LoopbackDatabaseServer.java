package org.convene.shared;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The embedded default's H2 database serves other local processes (the audit verifier, a console) through
 * {@code AUTO_SERVER}, with user {@code sa} and no password: it listens on the loopback address only. H2 reads the
 * address once, when it is first loaded, so it is set before anything opens the database. A setting given on the
 * command line is kept.
 */
public class LoopbackDatabaseServer implements EnvironmentPostProcessor {

    static final String BIND_ADDRESS = "h2.bindAddress";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (System.getProperty(BIND_ADDRESS) == null) {
            System.setProperty(BIND_ADDRESS, "127.0.0.1");
        }
    }
}
