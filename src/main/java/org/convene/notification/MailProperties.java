package org.convene.notification;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code convene.mail.*}: the sender, how often the dispatcher looks at the outbox, and its retries: the wait
 * doubles from {@code first-retry-after} up to {@code longest-retry-wait}, and after {@code max-attempts} the mail is
 * marked failed for an admin to see. A mail being sent is the sending replica's for {@code claim-lease}, far longer
 * than a send can take (the SMTP timeouts are 10 s); a replica that stops mid-send leaves it to be sent again after that.
 */
@Validated
@ConfigurationProperties("convene.mail")
public record MailProperties(
        @NotBlank @DefaultValue("Convene <no-reply@convene.example>") String from,
        @DefaultValue("PT5S") Duration dispatchInterval,
        @DefaultValue("PT1M") Duration firstRetryAfter,
        @DefaultValue("PT1H") Duration longestRetryWait,
        @Min(1) @DefaultValue("12") int maxAttempts,
        @Min(1) @DefaultValue("50") int batchSize,
        @DefaultValue("PT5M") Duration claimLease) {
}
