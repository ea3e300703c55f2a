package org.convene;

import org.convene.audit.AuditVerifierCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class ConveneApplication {

    public static void main(String[] args) {
        if (args.length > 0 && AuditVerifierCommand.NAME.equals(args[0])) {
            System.exit(AuditVerifierCommand.run(args));
        }
        try {
            SpringApplication.run(ConveneApplication.class, args);
        } catch (SpringApplication.AbandonedRunException e) {
            // Ahead-of-time processing stops the run on purpose and expects this back.
            throw e;
        } catch (Throwable e) {
            // SpringApplication has logged why and closed the context, but a thread that is not a daemon would keep
            // the JVM running, serving nothing (the embedded engine's library starts a static Timer it never cancels).
            System.exit(1);
        }
    }
}
