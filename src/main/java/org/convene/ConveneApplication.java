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
        SpringApplication.run(ConveneApplication.class, args);
    }
}
