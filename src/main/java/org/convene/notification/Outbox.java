package org.convene.notification;

import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Queues mail in the transaction of the change that causes it: both commit, or neither does. */
@Service
public class Outbox {

    private final OutboxMailRepository mails;
    private final Clock clock;

    Outbox(OutboxMailRepository mails, Clock clock) {
        this.mails = mails;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public long queue(Mail mail) {
        var now = clock.instant();
        var calendar = mail.calendar();
        var followUp = mail.followUp();
        OutboxMail saved = mails.save(new OutboxMail(null, "<" + UUID.randomUUID() + "@convene>", mail.recipient(),
                mail.subject(), mail.textBody(), mail.htmlBody(), calendar == null ? null : calendar.method(),
                calendar == null ? null : calendar.ics(), OutboxStatus.PENDING, 0, now, null, now, null,
                followUp == null ? null : followUp.personId(), followUp == null ? null : followUp.about(), null, null, null));
        return saved.id();
    }
}
