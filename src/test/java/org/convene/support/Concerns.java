package org.convene.support;

import java.util.List;
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

    Concerns(StrategyService strategies, MeetingService meetings, Subjects subjects) {
        this.strategies = strategies;
        this.meetings = meetings;
        this.subjects = subjects;
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

    /** The children a concern is about, in the order they were named. */
    public List<Subject> childrenOf(long caseId) {
        return subjects.ofCase("STRATEGY", caseId);
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        Concerns concerns(StrategyService strategies, MeetingService meetings, Subjects subjects) {
            return new Concerns(strategies, meetings, subjects);
        }
    }
}
