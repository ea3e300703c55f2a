package org.convene.family;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.convene.audit.AuditTrail;
import org.convene.directory.Directory;
import org.convene.directory.Person;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What each automated step of a referral's process does. One guard: a step the referral records as done, or a referral
 * that has moved past it (allocated, closed, declined), does nothing, so a job delivered twice or a process rebuilt after a
 * restart never repeats a mail.
 */
@Service
class FamilySteps {

    private final FamilyReferralRepository referrals;
    private final FamilyNotices notices;
    private final FamilyContacts contacts;
    private final Directory directory;
    private final AuditTrail audit;
    private final Clock clock;

    FamilySteps(FamilyReferralRepository referrals, FamilyNotices notices, FamilyContacts contacts, Directory directory, AuditTrail audit, Clock clock) {
        this.referrals = referrals;
        this.notices = notices;
        this.contacts = contacts;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    /** No coordinator within the timescale: the service manager is told, once. */
    @Transactional
    void allocationLate(long referralId) {
        referrals.findById(referralId).filter(r -> r.getStatus() == FamilyStatus.REFERRED && r.getAllocationLateAt() == null).ifPresent(referral -> {
            referral.allocationLate(clock.instant());
            referrals.save(referral);
            Optional<Person> told = serviceManager(referral);
            told.ifPresent(manager -> notices.allocationLate(referral, manager));
            audit.record(AuditTrail.SYSTEM, "family.allocation-late", FamilyService.ENTITY, referralId, Map.of("told", who(told)));
        });
    }

    /** Not closed within the timescale: the service manager is told, once. */
    @Transactional
    void completionLate(long referralId) {
        referrals.findById(referralId).filter(r -> r.isOpen() && r.getCompletionLateAt() == null).ifPresent(referral -> {
            referral.completionLate(clock.instant());
            referrals.save(referral);
            Optional<Person> told = serviceManager(referral);
            told.ifPresent(manager -> notices.completionLate(referral, manager));
            audit.record(AuditTrail.SYSTEM, "family.completion-late", FamilyService.ENTITY, referralId, Map.of("told", who(told)));
        });
    }

    private Optional<Person> serviceManager(FamilyReferral referral) {
        Optional<Person> configured = Optional.ofNullable(contacts.serviceManager()).flatMap(directory::personByUsername).filter(Person::active);
        return configured.isPresent() ? configured : directory.findPerson(referral.getReferrerId()).flatMap(directory::lineManagerOf);
    }

    private static String who(Optional<Person> person) {
        return person.map(p -> String.valueOf(p.id())).orElse("nobody named");
    }
}
