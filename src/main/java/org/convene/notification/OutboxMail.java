package org.convene.notification;

import java.time.Instant;
import org.springframework.data.annotation.Id;

public record OutboxMail(@Id Long id, String messageId, String recipient, String subject, String bodyText,
                         String bodyHtml, String calendarMethod, String calendarIcs, OutboxStatus status, int attempts,
                         Instant nextAttemptAt, String lastError, Instant createdAt, Instant sentAt,
                         Long followUpPersonId, String aboutPath, MailFailure failure, Instant dealtWithAt,
                         String dealtWithBy) {

    @Override
    public String toString() {
        return "OutboxMail[" + id + "]";
    }
}
