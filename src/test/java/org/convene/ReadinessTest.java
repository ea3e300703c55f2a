package org.convene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import org.convene.support.OwnConvene;
import org.convene.support.TestDatabase;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A replica whose database goes away says it is not ready (so a load balancer sends nobody to it) and ready again when
 * the database is back, without a restart; it stays live throughout, so nothing restarts it meanwhile.
 */
class ReadinessTest {

    private static final String DATABASE = "readiness";

    @Test
    void notReadyWhileTheDatabaseRefusesConnectionsAndReadyAgainWhenItReturns() throws Exception {
        Assumptions.assumeTrue(TestDatabase.isPostgres(), "needs a PostgreSQL server whose database can be closed to connections");
        try (ConfigurableApplicationContext convene = OwnConvene.start(DATABASE, "spring.datasource.hikari.connection-timeout=2000")) {
            int port = convene.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            assertThat(status(port, "readiness")).isEqualTo(200);
            String database = TestDatabase.ownDatabase(DATABASE).get("spring.datasource.url").replaceAll(".*/([^/?]+).*", "$1");
            try {
                onServer("alter database " + database + " with allow_connections false",
                        "select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + database + "'");
                await().atMost(Duration.ofMinutes(1)).until(() -> status(port, "readiness") == 503);
                assertThat(status(port, "liveness")).isEqualTo(200);
            } finally {
                onServer("alter database " + database + " with allow_connections true");
            }
            await().atMost(Duration.ofMinutes(1)).until(() -> status(port, "readiness") == 200);
        }
    }

    private static int status(int port, String probe) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/" + probe))
                .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Statements run on the server's maintenance database, as a DBA closing one database would. */
    private static void onServer(String... statements) throws SQLException {
        Map<String, String> run = TestDatabase.properties();
        String url = run.get("spring.datasource.url").replaceAll("(jdbc:postgresql://[^/]+/)[^?]+", "$1postgres");
        try (Connection connection = DriverManager.getConnection(url, run.get("spring.datasource.username"), run.get("spring.datasource.password"))) {
            for (String statement : statements) {
                connection.createStatement().execute(statement);
            }
        }
    }
}
