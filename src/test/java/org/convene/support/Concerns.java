package org.convene.support;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.convene.calendar.WorkingDayCalendar;
import org.convene.directory.AgencyKind;
import org.convene.directory.Directory;
import org.convene.meeting.Attendance;
import org.convene.meeting.Invitation;
import org.convene.meeting.Invitee;
import org.convene.meeting.Meeting;
import org.convene.meeting.MeetingService;
import org.convene.strategy.NewConcern;
import org.convene.strategy.StrategyService;
import org.convene.subject.Subject;
import org.convene.subject.Subjects;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Raising concerns through the strategy workflow, as tests that need a meeting to work on begin. */
public class Concerns {

    private final StrategyService strategies;
    private final MeetingService meetings;
    private final Subjects subjects;
    private final Directory directory;
    private final WorkingDayCalendar calendar;
    private final TimeMachine time;

    Concerns(StrategyService strategies, MeetingService meetings, Subjects subjects, Directory directory, WorkingDayCalendar calendar,
             TimeMachine time) {
        this.strategies = strategies;
        this.meetings = meetings;
        this.subjects = subjects;
        this.directory = directory;
        this.calendar = calendar;
        this.time = time;
    }

    /** Raises a concern about one child, referred by a teacher; returns the concern's id. */
    public long raise(String username, String child, Long chairId) {
        return strategies.raise(username, new NewConcern("Worries about " + child, "A teacher", null, null,
                List.of(Subject.child(child, null, null)), chairId)).getId();
    }

    /** Raises a concern about one child and returns the id of the strategy discussion it asks for. */
    public long discussion(String username, String child, Long chairId) {
        return firstMeeting(raise(username, child, chairId));
    }

    /** The first meeting a concern asked for. */
    public long firstMeeting(long caseId) {
        return meetings.ofCase("STRATEGY", caseId).stream().mapToLong(Meeting::getId).min().orElseThrow();
    }

    /**
     * Convenes a strategy discussion two working days ahead, at the hour given and for an hour, inviting the duty inboxes
     * of the agencies that must attend (children's social care, police, health) and of any others named; returns its start.
     */
    public Instant convene(long meeting, int hour, String room, AgencyKind... alsoInvited) {
        Instant start = calendar.addWorkingDays(time.today(), 2).atTime(LocalTime.of(hour, 0)).atZone(ZoneId.of("Europe/London")).toInstant();
        List<AgencyKind> invited = new ArrayList<>(List.of(AgencyKind.SOCIAL_CARE, AgencyKind.POLICE, AgencyKind.HEALTH));
        invited.addAll(List.of(alsoInvited));
        meetings.convene("cara.chair", meeting, start, start.plus(Duration.ofHours(1)), room, null, directory.agencies().stream()
                .filter(a -> invited.contains(a.kind())).map(a -> Invitee.agency(a.id())).toList());
        return start;
    }

    /** Moves the clock past the meeting and records it held, with everyone still invited present. */
    public void holdWithEveryonePresent(long meeting) {
        time.advanceTo(meetings.meeting(meeting).getEndsAt().plus(Duration.ofMinutes(10)));
        Map<Long, Attendance> present = meetings.invitationsOf(meeting).stream().filter(Invitation::isActive)
                .collect(Collectors.toMap(Invitation::getId, i -> Attendance.PRESENT));
        meetings.recordHeld("cara.chair", meeting, present, Map.of(), Map.of(), null, true);
    }

    /** The children a concern is about, in the order they were named. */
    public List<Subject> childrenOf(long caseId) {
        return subjects.ofCase("STRATEGY", caseId);
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        Concerns concerns(StrategyService strategies, MeetingService meetings, Subjects subjects, Directory directory,
                          WorkingDayCalendar calendar, TimeMachine time) {
            return new Concerns(strategies, meetings, subjects, directory, calendar, time);
        }
    }
}
