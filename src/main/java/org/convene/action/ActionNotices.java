package org.convene.action;

import java.util.HashMap;
import java.util.Map;
import org.convene.calendar.CouncilTime;
import org.convene.calendar.Deadlines;
import org.convene.directory.Person;
import org.convene.notification.MailTemplates;
import org.convene.notification.Outbox;
import org.convene.security.SignedLinks;
import org.springframework.stereotype.Component;

/**
 * The mails about an action. They say only that there is an action and when it is due, with a link: never what it
 * is, for that may name a child. The owner's mails carry a signed link to record the outcome without signing in;
 * it works for the current owner only, until {@value #LINK_VALID_DAYS} days after the due date. A mail to the owner
 * that cannot be delivered becomes a task for the owner's manager; one to anyone else, a task for its recipient.
 */
@Component
class ActionNotices {

    static final String COMPLETE_PURPOSE = "complete-action";
    static final int LINK_VALID_DAYS = 60;

    private final ActionRecipients recipients;
    private final MailTemplates templates;
    private final Outbox outbox;
    private final SignedLinks links;
    private final Deadlines deadlines;
    private final CouncilTime dates;

    ActionNotices(ActionRecipients recipients, MailTemplates templates, Outbox outbox, SignedLinks links, Deadlines deadlines,
                  CouncilTime dates) {
        this.recipients = recipients;
        this.templates = templates;
        this.outbox = outbox;
        this.links = links;
        this.deadlines = deadlines;
        this.dates = dates;
    }

    void assigned(Action action) {
        toOwner("action-assigned", action);
    }

    void dueSoon(Action action) {
        toOwner("action-due-soon", action);
    }

    void dueToday(Action action) {
        toOwner("action-due-today", action);
    }

    void overdue(Action action) {
        toOwner("action-overdue", action);
        recipients.chair(action).ifPresent(chair -> queue("action-overdue", chair.email(), action, null, chair.id()));
    }

    void escalated(Action action, Person to) {
        queue("action-escalated", to.email(), action, null, to.id());
    }

    String ownerAddress(Action action) {
        return recipients.ownerEmail(action);
    }

    /** The subject a completion link is signed for: the action and its current owner. */
    static String linkSubject(Action action) {
        return action.getId() + ":" + (action.getOwnerPersonId() != null ? "p" + action.getOwnerPersonId() : "a" + action.getOwnerAgencyId());
    }

    boolean linkIsForCurrentOwner(String token, Action action) {
        return links.verify(COMPLETE_PURPOSE, token).filter(linkSubject(action)::equals).isPresent();
    }

    private void toOwner(String template, Action action) {
        String token = links.sign(COMPLETE_PURPOSE, linkSubject(action), deadlines.endOf(action.getDueDate().plusDays(LINK_VALID_DAYS)));
        queue(template, recipients.ownerEmail(action), action, token, recipients.followingUpOwnerMail(action).map(Person::id).orElse(null));
    }

    private void queue(String template, String recipient, Action action, String completionToken, Long followUpBy) {
        Map<String, Object> model = new HashMap<>();
        model.put("actionId", action.getId());
        model.put("dueDate", dates.date(action.getDueDate()));
        if (completionToken != null) {
            model.put("completionToken", completionToken);
        }
        outbox.queue(templates.render(template, recipient, model).followedUpBy(followUpBy, "/actions/" + action.getId()));
    }
}
