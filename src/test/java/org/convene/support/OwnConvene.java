package org.convene.support;

import org.convene.ConveneApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A Convene of a test's own, in the test's JVM, on a free port and a database of its own
 * ({@link TestDatabase#ownDatabase}): Convenes started with the same name share that database, as replicas or a
 * restart do. Its clock is a {@link TimeMachine}'s.
 */
public final class OwnConvene {

    private OwnConvene() {
    }

    public static ConfigurableApplicationContext start(String database, String... settings) {
        return builder(database, settings).run();
    }

    static SpringApplicationBuilder builder(String database, String... settings) {
        return new SpringApplicationBuilder(ConveneApplication.class, TimeMachine.Configuration.class)
                .properties("server.port=0", "convene.test.own-database=" + database)
                .properties(settings);
    }
}
