package org.convene.support;

import java.util.HashMap;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points every application context started by the tests at the run's {@link TestDatabase}, or at a database of its
 * own when it sets {@code convene.test.own-database}; one that sets {@code convene.test.database=as-configured} keeps the
 * database it is given (the embedded default's H2, say).
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if ("as-configured".equals(context.getEnvironment().getProperty("convene.test.database"))) {
            return;
        }
        String ownDatabase = context.getEnvironment().getProperty("convene.test.own-database");
        Map<String, String> database = ownDatabase == null ? TestDatabase.properties() : TestDatabase.ownDatabase(ownDatabase);
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("convene-test-database", new HashMap<>(database)));
    }
}
