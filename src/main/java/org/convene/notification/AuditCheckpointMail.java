package org.convene.notification;

import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.convene.audit.AuditCheckpoints;
import org.convene.calendar.CouncilTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each morning, a fresh signed checkpoint of the audit trail goes to the auditor ({@code convene.audit.auditor-email}):
 * a second copy outside the database, in a mailbox nobody at Convene's end can rewrite.
 */
@Component
class AuditCheckpointMail {

    private final AuditCheckpoints checkpoints;
    private final MailTemplates templates;
    private final Outbox outbox;
    private final TransactionTemplate transaction;
    private final CouncilTime dates;
    private final String auditor;

    AuditCheckpointMail(AuditCheckpoints checkpoints, MailTemplates templates, Outbox outbox, TransactionTemplate transaction,
                        CouncilTime dates, @Value("${convene.audit.auditor-email:}") String auditor) {
        this.checkpoints = checkpoints;
        this.templates = templates;
        this.outbox = outbox;
        this.transaction = transaction;
        this.dates = dates;
        this.auditor = auditor;
    }

    /** Held a few minutes after it ends, so that a replica whose clock is a little behind does not send it again. */
    @Scheduled(cron = "${convene.audit.checkpoint-mail-cron:0 15 6 * * *}", zone = "${convene.calendar.zone:Europe/London}")
    @SchedulerLock(name = "audit-checkpoint-mail", lockAtLeastFor = "PT5M")
    void sendEachMorning() {
        send();
    }

    void send() {
        if (auditor.isBlank()) {
            return;
        }
        AuditCheckpoints.Checkpoint checkpoint = checkpoints.write();
        transaction.executeWithoutResult(status -> outbox.queue(templates.render("audit-checkpoint", auditor, Map.of(
                "date", dates.date(checkpoint.at()), "at", dates.dateTime(checkpoint.at()), "seq", checkpoint.seq(),
                "hash", checkpoint.hash(), "line", checkpoint.line()))));
    }
}
