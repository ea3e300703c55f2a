package org.convene.docker;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The migrations on the PostgreSQL that compose and production run. Skipped, and reported so, without Docker. */
@Testcontainers(disabledWithoutDocker = true)
class PostgresMigrationsTest {

    @Container
    static PostgreSQLContainer<?> postgres = new PostgreSQLContainer<>("postgres:16-alpine");

    @Test
    void migrationsRunOnAFreshPostgres() {
        var dataSource = new DriverManagerDataSource(postgres.getJdbcUrl(), postgres.getUsername(), postgres.getPassword());
        var result = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        assertThat(result.success).isTrue();
        assertThat(new JdbcTemplate(dataSource).queryForObject("select count(*) from audit_chain_head", Integer.class)).isEqualTo(1);
    }
}
