package org.convene.audit;

import java.time.Clock;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;

/**
 * The command-line entry of the verifier: {@code java -jar convene.jar verify-audit} (or
 * {@code ./mvnw spring-boot:run -Dspring-boot.run.arguments=verify-audit}). It connects to the configured database
 * and the audit anchor only (the same {@code convene.audit.*} settings as the application), prints the result and exits 0
 * when the trail is intact, 1 when it is broken.
 */
public final class AuditVerifierCommand {

    public static final String NAME = "verify-audit";

    private AuditVerifierCommand() {
    }

    public static int run(String[] args) {
        try (var context = new SpringApplicationBuilder(VerifierOnly.class)
                .web(WebApplicationType.NONE)
                .properties("spring.main.banner-mode=off")
                .run(args)) {
            AuditVerification result = context.getBean(AuditVerifier.class).verify();
            System.out.println(result.summary());
            return result.isIntact() ? 0 : 1;
        }
    }

    /**
     * The database, the audit key and checkpoints, and every module's {@link AuditedContent}, found by type. Not a
     * {@code @Configuration}, so that the application's own component scan leaves it out.
     */
    @ImportAutoConfiguration({DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
            JdbcTemplateAutoConfiguration.class, TransactionAutoConfiguration.class})
    @Import({AuditVerifier.class, AuditTrail.class, AuditAnchor.class})
    @ComponentScan(basePackages = "org.convene", useDefaultFilters = false,
            includeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = AuditedContent.class))
    static class VerifierOnly {

        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }
    }
}
