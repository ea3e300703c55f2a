package org.convene.family;

import java.util.HashMap;
import java.util.Map;
import org.convene.calendar.CouncilTime;
import org.convene.directory.Person;
import org.convene.meeting.Meeting;
import org.convene.notification.MailTemplates;
import org.convene.notification.Outbox;
import org.springframework.stereotype.Component;

/**
 * The mails about a family's referral. To professionals they link into Convene; to family members they say only that a
 * meeting is arranged, or that the plan is ready, and whom to ask. None names the child or says what is feared. One that
 * cannot be delivered becomes a task for the coordinator, or for the manager it was sent to.
 */
@Component
class FamilyNotices {

    private final MailTemplates templates;
    private final Outbox outbox;
    private final CouncilTime dates;
    private final FamilyContacts contacts;

    FamilyNotices(MailTemplates templates, Outbox outbox, CouncilTime dates, FamilyContacts contacts) {
        this.templates = templates;
        this.outbox = outbox;
        this.dates = dates;
        this.contacts = contacts;
    }

    void allocationLate(FamilyReferral referral, Person manager) {
        send("family-allocation-late", manager.email(), referral, manager.id(), Map.of("allocateBy", dates.dateTime(referral.getAllocateBy())));
    }

    void completionLate(FamilyReferral referral, Person manager) {
        send("family-completion-late", manager.email(), referral, manager.id(), Map.of("completeBy", dates.date(referral.getCompleteBy())));
    }

    void allocated(FamilyReferral referral, Person coordinator) {
        send("family-allocated", coordinator.email(), referral, coordinator.id(), Map.of());
    }

    void invitation(FamilyReferral referral, FamilyMember member, Meeting meeting, Person coordinator) {
        send("family-invitation", member.getEmail(), referral, referral.getCoordinatorId(), Map.of("name", member.getName(),
                "startsAt", dates.dateTime(meeting.getStartsAt()), "endsAt", dates.time(meeting.getEndsAt()),
                "place", meeting.getLocation() == null ? "Online" : meeting.getLocation(), "coordinator", coordinator.displayName(),
                "coordinatorEmail", coordinator.email(), "phone", phone(), "interpreter", !member.readsEnglish()));
    }

    void planReady(FamilyReferral referral, FamilyMember member, Person coordinator) {
        send("family-plan-ready", member.getEmail(), referral, referral.getCoordinatorId(), Map.of("name", member.getName(),
                "coordinator", coordinator.displayName(), "coordinatorEmail", coordinator.email(), "phone", phone(),
                "interpreter", !member.readsEnglish()));
    }

    private String phone() {
        return contacts.phone() == null ? "" : contacts.phone();
    }

    private void send(String template, String email, FamilyReferral referral, Long followUpBy, Map<String, Object> extra) {
        Map<String, Object> model = new HashMap<>(extra);
        model.put("referralId", referral.getId());
        outbox.queue(templates.render(template, email, model).followedUpBy(followUpBy, "/family/" + referral.getId()));
    }
}
