package org.convene.notification;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convene.access.AccessPolicy;
import org.convene.audit.AuditTrail;
import org.convene.directory.Person;
import org.convene.shared.ConflictException;
import org.convene.shared.NotFoundException;
import org.convene.web.WaitingForYou;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mails that could not be delivered, as tasks: the person following one up (the meeting's chair, the action owner's
 * manager...) reaches the recipient another way and says so, or sends it again. Admins can do both from the outbox.
 */
@Service
public class UndeliveredMail implements WaitingForYou {

    static final String ENTITY = "mail";

    private final OutboxMailRepository mails;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final Clock clock;

    UndeliveredMail(OutboxMailRepository mails, AccessPolicy access, AuditTrail audit, Clock clock) {
        this.mails = mails;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    public List<OutboxMail> awaitingFollowUpBy(Person person) {
        return mails.findAwaitingFollowUpBy(person.id());
    }

    @Override
    public Optional<Link> of(Person person) {
        int count = mails.countAwaitingFollowUpBy(person.id());
        return count == 0 ? Optional.empty()
                : Optional.of(new Link(count == 1 ? "An e-mail could not be delivered: reach its recipient another way"
                        : count + " e-mails could not be delivered: reach their recipients another way", "/mail/undelivered"));
    }

    @Transactional
    public void resend(Person person, long mailId) {
        require(person, mailId);
        if (mails.resend(mailId, clock.instant()) == 0) {
            throw new ConflictException("This e-mail is not waiting to be followed up: it may have been sent meanwhile.");
        }
        audit.record(person.username(), "mail.resent", ENTITY, mailId, Map.of());
    }

    @Transactional
    public void dealtWith(Person person, long mailId) {
        require(person, mailId);
        if (mails.dealtWith(mailId, clock.instant(), person.username()) == 0) {
            throw new ConflictException("This e-mail is not waiting to be followed up: it may have been sent meanwhile.");
        }
        audit.record(person.username(), "mail.dealt-with", ENTITY, mailId, Map.of());
    }

    /** A mail the person may not follow up is not found, as if it did not exist. */
    private void require(Person person, long mailId) {
        mails.findById(mailId).filter(m -> access.followUpMail(person, m.followUpPersonId()))
                .orElseThrow(() -> new NotFoundException("There is no undelivered mail " + mailId));
    }
}
