package org.convene.access;

import static org.convene.directory.Role.ADMIN;
import static org.convene.directory.Role.AUDITOR;
import static org.convene.directory.Role.CHAIR;
import static org.convene.directory.Role.COORDINATOR;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.convene.directory.Agency;
import org.convene.directory.AgencyKind;
import org.convene.directory.Directory;
import org.convene.directory.Person;
import org.springframework.stereotype.Component;

/**
 * The rules of who may read and do what, written once. A meeting is seen by its chair, the people above the chair in
 * line management (who are told when it runs late), whoever asked for it, those whose part in its case lets them see its
 * meetings (who raised a concern, a referrer in the directory), everyone invited with an account (in person or through
 * their agency's duty inbox), admins and auditors; an unallocated meeting also by every chair, who may take it. Only the chair and auditors read restricted entries they were not named for. An action is seen by
 * its owner, who set it, the owner's managers in line (for an agency: its safeguarding lead and theirs), and whoever
 * it was escalated to, who may act on it.
 */
@Component
public class AccessPolicy {

    private final Directory directory;

    AccessPolicy(Directory directory) {
        this.directory = directory;
    }

    public MeetingRights meeting(Person person, MeetingFacts meeting) {
        boolean chair = person.id().equals(meeting.chairId());
        boolean raiser = person.username().equals(meeting.requestedBy());
        boolean unallocated = meeting.chairId() == null && meeting.open();
        boolean aboveInLine = meeting.chairId() != null
                ? directory.isAboveInLine(person, meeting.chairId())
                : directory.personByUsername(meeting.requestedBy()).filter(r -> directory.isAboveInLine(person, r.id())).isPresent();
        boolean invited = meeting.invitedPeople().contains(person.id()) || meeting.invitedAgencies().contains(person.agencyId());
        boolean takeChair = unallocated && person.hasRole(CHAIR);
        boolean view = chair || raiser || aboveInLine || invited || takeChair || meeting.caseViewers().contains(person.id())
                || person.hasRole(ADMIN) || person.hasRole(AUDITOR);
        boolean assignChair = meeting.open() && (chair || aboveInLine || person.hasRole(ADMIN) || (raiser && unallocated));
        return new MeetingRights(view, chair, chair || person.hasRole(AUDITOR), assignChair, takeChair);
    }

    public ActionRights action(Person person, ActionFacts action) {
        boolean owner = action.ownerPersonId() != null
                ? person.id().equals(action.ownerPersonId())
                : person.agencyId().equals(action.ownerAgencyId());
        boolean setter = person.username().equals(action.raisedBy());
        boolean escalatedTo = action.escalatedTo().contains(person.id());
        boolean manager = managesOwner(person, action);
        boolean view = owner || setter || escalatedTo || manager || person.hasRole(ADMIN) || person.hasRole(AUDITOR);
        return new ActionRights(view, owner && action.open(), (setter || manager || escalatedTo) && action.open(),
                (setter || person.hasRole(ADMIN)) && action.open());
    }

    /** Acknowledging an escalation: its recipient or someone above them; with nobody named, the owner's managers or an admin. */
    public boolean acknowledge(Person person, Long recipientId, ActionFacts action) {
        if (recipientId == null) {
            return managesOwner(person, action) || person.hasRole(ADMIN);
        }
        return person.id().equals(recipientId) || directory.isAboveInLine(person, recipientId);
    }

    /**
     * A subject (a child, a peer group, a location) is seen by whoever may see something about it, or something it is
     * linked to (each module decides that for its own items through this policy), and by admins and auditors.
     */
    public boolean subject(Person person, boolean seesSomethingAboutIt) {
        return seesSomethingAboutIt || person.hasRole(ADMIN) || person.hasRole(AUDITOR);
    }

    /**
     * A case (a workflow's item: a concern, a missing episode, a family's referral) is seen by its lead, the people above
     * them in line management, whoever raised it, a referrer in the directory, anyone who may see one of its meetings,
     * every chair while it has no lead, admins and auditors. Its lead acts on it; its lead, the people above them and
     * admins give it to another lead; while it has none, whoever raised it may choose one, or a chair may take it.
     * Whether the case's status allows the change is the workflow's own table, so a closed case refuses with a conflict.
     */
    public CaseRights caseRights(Person person, CaseFacts facts) {
        boolean lead = person.id().equals(facts.leadId());
        boolean raiser = person.username().equals(facts.raisedBy());
        boolean unallocated = facts.leadId() == null && facts.open();
        boolean aboveInLine = facts.leadId() != null
                ? directory.isAboveInLine(person, facts.leadId())
                : directory.personByUsername(facts.raisedBy()).filter(r -> directory.isAboveInLine(person, r.id())).isPresent();
        boolean takeLead = unallocated && person.hasRole(CHAIR);
        boolean view = lead || raiser || aboveInLine || takeLead || facts.seesAMeeting() || person.id().equals(facts.referrerPersonId())
                || person.hasRole(ADMIN) || person.hasRole(AUDITOR);
        boolean assignLead = lead || aboveInLine || person.hasRole(ADMIN) || (raiser && unallocated);
        return new CaseRights(view, lead, assignLead, takeLead);
    }

    /**
     * A missing episode is seen by missing coordinators (who act on every episode), its coordinator, who logged it, the
     * child's social worker, the return home interview's assignee (or anyone in the service it is assigned to), the people
     * above those four in line management (who are alerted when the interview runs late), the managers its ladder told, anyone who may see one of its meetings,
     * admins and auditors. Who logged it, the social worker and coordinators keep it up to date; coordinators and the
     * social worker assign the interview; the assignee and coordinators record it. Restricted updates and the interview's
     * restricted part are read by the agencies they name, coordinators and auditors. Whether the episode's status allows
     * the change is its own table, so a closed episode refuses with a conflict.
     */
    public MissingRights missingEpisode(Person person, MissingFacts facts) {
        boolean coordinator = person.hasRole(COORDINATOR) || person.id().equals(facts.coordinatorId());
        boolean logger = person.username().equals(facts.loggedBy());
        boolean socialWorker = person.id().equals(facts.socialWorkerId());
        boolean assignee = person.id().equals(facts.interviewPersonId())
                || (facts.interviewPersonId() == null && person.agencyId() != null && person.agencyId().equals(facts.interviewAgencyId()));
        boolean aboveInLine = (facts.coordinatorId() != null && directory.isAboveInLine(person, facts.coordinatorId()))
                || (facts.socialWorkerId() != null && directory.isAboveInLine(person, facts.socialWorkerId()))
                || (facts.interviewPersonId() != null && directory.isAboveInLine(person, facts.interviewPersonId()))
                || directory.personByUsername(facts.loggedBy()).filter(l -> directory.isAboveInLine(person, l.id())).isPresent();
        boolean view = coordinator || logger || socialWorker || assignee || aboveInLine || facts.told().contains(person.id())
                || facts.seesAMeeting() || person.hasRole(ADMIN) || person.hasRole(AUDITOR);
        return new MissingRights(view, coordinator || logger || socialWorker, coordinator || socialWorker, coordinator || assignee,
                coordinator || person.hasRole(AUDITOR));
    }

    /** A family is referred for a family network meeting by a social worker: anyone working in children's social care. */
    public boolean referFamily(Person person) {
        return person.agencyId() != null && directory.agency(person.agencyId()).kind() == AgencyKind.SOCIAL_CARE;
    }

    /**
     * A family's referral is seen by its coordinator, the social worker who referred it, the people above either in line
     * management, anyone who may see one of its meetings, every chair while it has no coordinator (who may take it),
     * admins and auditors. The coordinator runs it; the coordinator and the referrer keep the network up to date and
     * record the family declining; the people above them and admins give it to a coordinator, as the coordinator may hand
     * it on. Whether the referral's status allows the change is its own table.
     */
    public FamilyRights familyReferral(Person person, FamilyFacts facts) {
        boolean coordinator = person.id().equals(facts.coordinatorId());
        boolean referrer = person.id().equals(facts.referrerId());
        boolean unallocated = facts.coordinatorId() == null && facts.open();
        boolean aboveInLine = directory.isAboveInLine(person, facts.referrerId())
                || (facts.coordinatorId() != null && directory.isAboveInLine(person, facts.coordinatorId()));
        boolean take = unallocated && person.hasRole(CHAIR);
        boolean view = coordinator || referrer || aboveInLine || take || facts.seesAMeeting() || person.hasRole(ADMIN) || person.hasRole(AUDITOR);
        return new FamilyRights(view, coordinator, coordinator || referrer, coordinator || aboveInLine || person.hasRole(ADMIN), take,
                coordinator || referrer);
    }

    /**
     * A locality's series of meetings is seen by its chair, its standing members, the people above the chair in line
     * management, admins and auditors; a member of one locality's meeting sees nothing of another's, nor the subjects
     * referred to it. The chair and members refer subjects to it; the chair moves or cancels its dates. Admins set series up.
     */
    public LocalityRights localitySeries(Person person, long chairId, Set<Long> memberIds) {
        boolean chair = person.id() == chairId;
        boolean member = memberIds.contains(person.id());
        boolean view = chair || member || directory.isAboveInLine(person, chairId) || person.hasRole(ADMIN) || person.hasRole(AUDITOR);
        return new LocalityRights(view, chair || member, chair);
    }

    /**
     * A peer group or location assessment is read by whoever may see its subject (the members of the locality meeting
     * that reviews it, the workers of the children linked to it), its lead, the people above the lead in line
     * management, admins and auditors. Its lead (or an admin) records it, plans it and closes it.
     */
    public AssessmentRights assessment(Person person, long leadId, boolean seesSubject) {
        boolean lead = person.id() == leadId;
        boolean view = lead || seesSubject || directory.isAboveInLine(person, leadId) || person.hasRole(ADMIN) || person.hasRole(AUDITOR);
        return new AssessmentRights(view, lead || person.hasRole(ADMIN));
    }

    /** A locality's series is set up (its slot, chair and members) by an admin. */
    public boolean setUpLocalitySeries(Person person) {
        return person.hasRole(ADMIN);
    }

    /**
     * The daily incident briefing's log is police and partner information: it is seen and triaged by the briefing's chair
     * and standing members (the Partnership Team, the police and partners, as the council configures them), seen by
     * auditors, and admins may load it (a CSV export) as well as read it.
     */
    public BriefingRights briefing(Person person, boolean standingMember) {
        return new BriefingRights(standingMember || person.hasRole(ADMIN) || person.hasRole(AUDITOR), standingMember || person.hasRole(ADMIN),
                standingMember);
    }

    /** Who sees every missing episode whatever its facts, so that a list need not ask about each one: coordinators, admins, auditors. */
    public boolean seesEveryMissingEpisode(Person person) {
        return person.hasRole(COORDINATOR) || person.hasRole(ADMIN) || person.hasRole(AUDITOR);
    }

    /**
     * An invitee without an account, signed in by their invitation's link and a one-time code: they see that meeting's
     * agenda and their agency's copy of its minutes, while the sign-in lasts and for as long as they are still invited.
     */
    public boolean guest(boolean signedInForThisInvitation, boolean stillInvited) {
        return signedInForThisInvitation && stillInvited;
    }

    /** An undelivered mail is followed up by the person it was given to, or by someone above them in line, or an admin. */
    public boolean followUpMail(Person person, Long followUpPersonId) {
        return person.hasRole(ADMIN) || followUpPersonId != null
                && (person.id().equals(followUpPersonId) || directory.isAboveInLine(person, followUpPersonId));
    }

    public OversightScope oversight(Person manager) {
        if (manager.hasRole(ADMIN)) {
            return new OversightScope(true, Set.of(), Set.of(), manager.id());
        }
        Set<Long> people = directory.reportsOf(manager);
        Set<Long> leaders = new HashSet<>(people);
        leaders.add(manager.id());
        Set<Long> agencies = directory.agencies().stream()
                .filter(agency -> agency.safeguardingLeadId() != null && leaders.contains(agency.safeguardingLeadId()))
                .map(Agency::id).collect(Collectors.toSet());
        return new OversightScope(false, people, agencies, manager.id());
    }

    private boolean managesOwner(Person person, ActionFacts action) {
        if (action.ownerPersonId() != null) {
            return directory.isAboveInLine(person, action.ownerPersonId());
        }
        Long lead = directory.agency(action.ownerAgencyId()).safeguardingLeadId();
        return lead != null && (lead.equals(person.id()) || directory.isAboveInLine(person, lead));
    }
}
