package org.convene.missing;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.convene.audit.AuditTrail;
import org.convene.directory.Agency;
import org.convene.directory.Directory;
import org.convene.directory.Person;
import org.convene.directory.Role;
import org.convene.meeting.MeetingService;
import org.convene.meeting.MeetingStatus;
import org.convene.missing.MissingSchedule.Due;
import org.convene.missing.MissingSchedule.InterviewRung;
import org.convene.missing.MissingSchedule.Rung;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What each automated step of a missing episode's process does: the rungs whose time has come, each done once. One
 * guard: a rung the episode records as done, or an episode that has moved on (the child is back, the interview is
 * finished), does nothing, so a job delivered twice or a process rebuilt after a restart never repeats a mail. Each
 * returns the date of the next rung, for the process to wait on.
 */
@Service
class MissingSteps {

    private final MissingEpisodeRepository episodes;
    private final ReturnInterviewRepository interviews;
    private final MissingSchedule schedule;
    private final MissingNotices notices;
    private final MissingContacts contacts;
    private final MeetingService meetings;
    private final Directory directory;
    private final AuditTrail audit;
    private final Clock clock;

    MissingSteps(MissingEpisodeRepository episodes, ReturnInterviewRepository interviews, MissingSchedule schedule, MissingNotices notices,
                 MissingContacts contacts, MeetingService meetings, Directory directory, AuditTrail audit, Clock clock) {
        this.episodes = episodes;
        this.interviews = interviews;
        this.schedule = schedule;
        this.notices = notices;
        this.contacts = contacts;
        this.meetings = meetings;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every rung due by now while the child is missing; the next one's date for the process. */
    @Transactional
    Map<String, Object> missingRungsDue(long episodeId) {
        Optional<MissingEpisode> found = episodes.findById(episodeId).filter(MissingEpisode::isMissing);
        Map<String, Object> next = new HashMap<>();
        next.put(MissingSchedule.NEXT_RUNG_AT, null);
        if (found.isEmpty()) {
            return next;
        }
        MissingEpisode episode = found.get();
        Instant now = clock.instant();
        for (Due<Rung> due : schedule.rungsLeft(episode)) {
            if (!due.at().isAfter(now)) {
                climb(episode, due.rung(), now);
            }
        }
        episodes.save(episode);
        next.put(MissingSchedule.NEXT_RUNG_AT, schedule.nextRung(episode).at().toString());
        return next;
    }

    private void climb(MissingEpisode episode, Rung rung, Instant now) {
        long id = episode.getId();
        switch (rung) {
            case SENIOR_MANAGER -> {
                episode.seniorManagerTold(now);
                Optional<Person> told = person(contacts.seniorManager());
                told.ifPresent(p -> notices.highRisk(episode, p.email()));
                audit.record(AuditTrail.SYSTEM, "missing.senior-manager-told", MissingService.ENTITY, id, Map.of("told", who(told)));
            }
            case DESIGNATED_MANAGER -> {
                episode.designatedManagerTold(now);
                Optional<Person> told = person(contacts.designatedManager());
                told.ifPresent(p -> notices.stillMissing(episode, p.email()));
                audit.record(AuditTrail.SYSTEM, "missing.designated-manager-told", MissingService.ENTITY, id, Map.of("told", who(told)));
            }
            case CONFERENCE -> {
                episode.conferenceAlerted(now);
                if (contacts.conferenceServiceEmail() != null && !contacts.conferenceServiceEmail().isBlank()) {
                    notices.childProtectionPlan(episode, contacts.conferenceServiceEmail());
                }
                Optional<Person> chair = Optional.ofNullable(episode.getPlanChairId()).flatMap(directory::findPerson);
                chair.ifPresent(p -> notices.childProtectionPlan(episode, p.email()));
                audit.record(AuditTrail.SYSTEM, "missing.conference-alerted", MissingService.ENTITY, id,
                        Map.of("service", String.valueOf(contacts.conferenceServiceEmail() != null), "chair", who(chair)));
            }
            case MEETING -> {
                episode.meetingRequested();
                boolean waiting = meetings.ofCase(MissingService.CASE_TYPE, id).stream().anyMatch(m -> m.getStatus() == MeetingStatus.REQUESTED);
                if (waiting) {
                    audit.record(AuditTrail.SYSTEM, "missing.meeting-still-waiting", MissingService.ENTITY, id, Map.of());
                } else {
                    Long chair = Optional.ofNullable(episode.getCoordinatorId()).flatMap(directory::findPerson)
                            .filter(p -> p.hasRole(Role.CHAIR) && p.active()).map(Person::id).orElse(null);
                    long meeting = meetings.request(AuditTrail.SYSTEM, MissingMeetingKind.TYPE, MissingService.CASE_TYPE, id, chair,
                            schedule.meetingConveneBy(now)).getId();
                    audit.record(AuditTrail.SYSTEM, "missing.meeting-requested", MissingService.ENTITY, id,
                            Map.of("meetingId", meeting, "number", episode.getMeetingsRequested()));
                }
            }
        }
    }

    /** Every interview alert or breach due by now; the next one's date, or null when none is left. */
    @Transactional
    Map<String, Object> interviewRungsDue(long episodeId) {
        Optional<ReturnInterview> found = interviews.findByEpisodeId(episodeId).filter(ReturnInterview::isOpen);
        Map<String, Object> next = new HashMap<>();
        next.put(MissingSchedule.INTERVIEW_NEXT_AT, null);
        if (found.isEmpty()) {
            return next;
        }
        ReturnInterview interview = found.get();
        MissingEpisode episode = episodes.findById(episodeId).orElseThrow();
        Instant now = clock.instant();
        for (Due<InterviewRung> due : schedule.interviewRungsLeft(interview)) {
            if (!due.at().isAfter(now)) {
                alert(episode, interview, due.rung(), now);
            }
        }
        interviews.save(interview);
        schedule.nextInterviewRung(interview).ifPresent(due -> next.put(MissingSchedule.INTERVIEW_NEXT_AT, due.at().toString()));
        return next;
    }

    private void alert(MissingEpisode episode, ReturnInterview interview, InterviewRung rung, Instant now) {
        long id = episode.getId();
        switch (rung) {
            case ASSIGNEE_ALERT -> {
                interview.assigneeAlerted(now);
                Optional<String> to = assigneeEmail(interview);
                to.ifPresent(email -> notices.interviewDueSoon(episode, interview, email, false));
                audit.record(AuditTrail.SYSTEM, "missing.interview-assignee-alerted", MissingService.ENTITY, id, Map.of("told", to.isPresent()));
            }
            case MANAGER_ALERT -> {
                interview.managerAlerted(now);
                Optional<Person> manager = assigneeManager(interview);
                manager.ifPresent(p -> notices.interviewDueSoon(episode, interview, p.email(), true));
                audit.record(AuditTrail.SYSTEM, "missing.interview-manager-alerted", MissingService.ENTITY, id, Map.of("told", who(manager)));
            }
            case BREACH -> {
                interview.breached(now);
                audit.record(AuditTrail.SYSTEM, "missing.interview-breached", MissingService.ENTITY, id,
                        Map.of("status", interview.getStatus().name(), "dueBy", interview.getDueBy().toString()));
            }
        }
    }

    private Optional<String> assigneeEmail(ReturnInterview interview) {
        if (interview.getAssigneePersonId() != null) {
            return directory.findPerson(interview.getAssigneePersonId()).map(Person::email);
        }
        return Optional.ofNullable(interview.getAssigneeAgencyId()).flatMap(directory::findAgency).map(Agency::dutyEmail);
    }

    /** The assignee's line manager; for a service, its safeguarding lead. */
    private Optional<Person> assigneeManager(ReturnInterview interview) {
        if (interview.getAssigneePersonId() != null) {
            return directory.findPerson(interview.getAssigneePersonId()).flatMap(directory::lineManagerOf);
        }
        return Optional.ofNullable(interview.getAssigneeAgencyId()).flatMap(directory::findAgency)
                .map(Agency::safeguardingLeadId).flatMap(directory::findPerson);
    }

    private Optional<Person> person(String username) {
        return username == null ? Optional.empty() : directory.personByUsername(username);
    }

    private static String who(Optional<Person> person) {
        return person.map(p -> String.valueOf(p.id())).orElse("nobody named");
    }
}
