package org.convene.audit;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The command-line entry of the verifier: {@code java -jar convene.jar verify-audit} (or
 * {@code ./mvnw spring-boot:run -Dspring-boot.run.arguments=verify-audit}). It connects to the configured database
 * only, prints the result and exits 0 when the chain is intact, 1 when it is broken.
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

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
            JdbcTemplateAutoConfiguration.class, TransactionAutoConfiguration.class})
    @Import(AuditVerifier.class)
    static class VerifierOnly {
    }
}
