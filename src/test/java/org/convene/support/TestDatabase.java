package org.convene.support;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

/**
 * The database of a test run, chosen once per JVM: PostgreSQL in a container where Docker runs; else the
 * PostgreSQL server on this machine (127.0.0.1:5432, or {@code CONVENE_TEST_DB_URL}), in a fresh database dropped
 * at the end; H2 in PostgreSQL mode only when neither exists. The log says which was used. A test whose clock must
 * not touch the others' data asks for a database of its own on the same server ({@link #ownDatabase}).
 */
public final class TestDatabase {

    private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);
    private static final String LOCAL_SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static Map<String, String> properties;
    private static final Map<String, Map<String, String>> OWN_DATABASES = new HashMap<>();
    private static String description;

    private TestDatabase() {
    }

    public static synchronized Map<String, String> properties() {
        if (properties == null) {
            properties = choose();
            log.info("Tests use {}", description);
            System.out.println("[convene-tests] database: " + description);
        }
        return properties;
    }

    /**
     * A fresh database beside the run's, for an application that a test starts with
     * {@code convene.test.own-database=<name>}; applications started with the same name share it, as a restart does.
     * Dropped at the end of the run.
     */
    public static synchronized Map<String, String> ownDatabase(String name) {
        return OWN_DATABASES.computeIfAbsent(name, TestDatabase::newDatabase);
    }

    /** A data source without a pool on {@link #ownDatabase}, for a test that reads or sets up that database itself. */
    public static DataSource ownDataSource(String name) {
        Map<String, String> settings = ownDatabase(name);
        return new DriverManagerDataSource(settings.get("spring.datasource.url"), settings.get("spring.datasource.username"),
                settings.get("spring.datasource.password"));
    }

    private static Map<String, String> newDatabase(String name) {
        Map<String, String> shared = properties();
        String url = shared.get("spring.datasource.url");
        String username = shared.get("spring.datasource.username");
        String password = shared.get("spring.datasource.password");
        if (!url.startsWith("jdbc:postgresql:")) {
            return datasource(url.replace("mem:convene-test;", "mem:convene-test-" + name + ";"), username, password);
        }
        Matcher parts = Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]+)(.*)").matcher(url);
        if (!parts.matches()) {
            throw new IllegalStateException("Cannot tell the database name in " + url);
        }
        String database = parts.group(2) + "_" + name.replaceAll("\\W", "_") + "_" + System.currentTimeMillis();
        createDroppedAtExit(url, username, password, database);
        return datasource(parts.group(1) + database + parts.group(3), username, password);
    }

    /** The embedded default's own database, H2 in a file as {@code ./mvnw spring-boot:run} keeps it in ./data, in the directory given. */
    public static Map<String, String> embeddedDefault(Path directory) {
        return datasource("jdbc:h2:file:" + directory.resolve("convene") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE",
                "sa", "");
    }

    public static boolean isPostgres() {
        return properties().get("spring.datasource.url").startsWith("jdbc:postgresql:");
    }

    private static Map<String, String> choose() {
        String configured = System.getenv("CONVENE_TEST_DB_URL");
        if (configured != null && !configured.isBlank()) {
            description = "PostgreSQL at CONVENE_TEST_DB_URL";
            return datasource(configured, env("CONVENE_TEST_DB_USERNAME", "postgres"), env("CONVENE_TEST_DB_PASSWORD", ""));
        }
        if (dockerAvailable()) {
            PostgreSQLContainer<?> container = new PostgreSQLContainer<>("postgres:15-alpine");
            container.start();
            description = "PostgreSQL 15 in a Testcontainers container";
            return datasource(container.getJdbcUrl(), container.getUsername(), container.getPassword());
        }
        if (localServerListens()) {
            dropDatabasesOfEndedRuns();
            String database = "convene_test_" + ProcessHandle.current().pid() + "_" + System.currentTimeMillis();
            createDroppedAtExit(LOCAL_SERVER + "postgres", "postgres", "", database);
            description = "the local PostgreSQL server at 127.0.0.1:5432, database " + database;
            return datasource(LOCAL_SERVER + database, "postgres", "");
        }
        description = "H2 in PostgreSQL mode (no Docker and no PostgreSQL server found)";
        return datasource("jdbc:h2:mem:convene-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
    }

    /** A run that was killed never dropped its database: drop those whose JVM no longer exists. */
    private static void dropDatabasesOfEndedRuns() {
        try (Connection connection = DriverManager.getConnection(LOCAL_SERVER + "postgres", "postgres", "");
             var rows = connection.createStatement().executeQuery("select datname from pg_database where datname like 'convene_test_%'")) {
            List<String> ended = new ArrayList<>();
            while (rows.next()) {
                String name = rows.getString(1);
                long pid = Long.parseLong(name.split("_")[2]);
                if (ProcessHandle.of(pid).isEmpty()) {
                    ended.add(name);
                }
            }
            for (String name : ended) {
                connection.createStatement().execute("drop database if exists " + name + " with (force)");
            }
        } catch (SQLException | RuntimeException e) {
            log.warn("Could not clear test databases of ended runs: {}", e.getMessage());
        }
    }

    private static Map<String, String> datasource(String url, String username, String password) {
        return Map.of("spring.datasource.url", url, "spring.datasource.username", username, "spring.datasource.password", password);
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | NoClassDefFoundError e) {
            return false;
        }
    }

    private static boolean localServerListens() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 5432), 1000);
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** Creates a database on the server {@code url} points at, and drops it when the JVM ends. */
    private static void createDroppedAtExit(String url, String username, String password, String database) {
        execute(url, username, password, "create database " + database);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> execute(url, username, password, "drop database if exists " + database + " with (force)")));
    }

    private static void execute(String url, String username, String password, String sql) {
        try (Connection connection = DriverManager.getConnection(url, username, password)) {
            connection.createStatement().execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare the test database: " + e.getMessage(), e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
