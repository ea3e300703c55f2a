package org.convene.subject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.convene.action.ActionOutcome;
import org.convene.action.ActionService;
import org.convene.calendar.WorkingDayCalendar;
import org.convene.directory.Directory;
import org.convene.meeting.MeetingService;
import org.convene.minutes.MinutesService;
import org.convene.shared.NotFoundException;
import org.convene.support.Concerns;
import org.convene.support.ConveneTest;
import org.convene.support.TimeMachine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A child's page brings together, for each reader, the concern, its meetings and the actions they set, open actions
 * first (so they are carried to the next meeting); it is seen only by those who may see something about the child.
 */
@ConveneTest
class SubjectPageTest {

    @Autowired Subjects subjects;
    @Autowired Concerns concerns;
    @Autowired MeetingService meetings;
    @Autowired MinutesService minutes;
    @Autowired ActionService actions;
    @Autowired Directory directory;
    @Autowired WorkingDayCalendar calendar;
    @Autowired TimeMachine time;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aChildsPageShowsEverythingAboutThemOpenActionsFirstToThoseWhoMaySeeIt() {
        long cara = directory.personByUsername("cara.chair").orElseThrow().id();
        long pat = directory.personByUsername("pat.police").orElseThrow().id();
        long concern = concerns.raise("cara.chair", "Tia Timeline", cara);
        long meeting = concerns.firstMeeting(concern);
        long child = concerns.childrenOf(concern).getFirst().id();
        concerns.convene(meeting, 11, "Room 6");
        concerns.holdWithEveryonePresent(meeting);
        minutes.addAction("cara.chair", meeting, "Check the phone records", pat, null, calendar.addWorkingDays(time.today(), 10));
        minutes.approve("cara.chair", meeting, "convene-demo");
        long action = jdbc.queryForObject("select id from action where meeting_id = ? and title = 'Check the phone records'", Long.class, meeting);

        Subjects.SubjectPage page = subjects.read("cara.chair", child);
        assertThat(page.subject().name()).isEqualTo("Tia Timeline");
        assertThat(page.timeline().getFirst()).as("open actions first").matches(TimelineEntry::open)
                .extracting(TimelineEntry::link).isEqualTo("/actions/" + action);
        assertThat(page.timeline()).extracting(TimelineEntry::link).contains("/strategy/" + concern, "/meetings/" + meeting);
        assertThat(subjects.read("pat.police", child).timeline()).extracting(TimelineEntry::link)
                .as("the police officer sees the meeting their agency was invited to, and their action").contains("/meetings/" + meeting, "/actions/" + action);
        assertThatThrownBy(() -> subjects.read("yusuf.youth", child)).isInstanceOf(NotFoundException.class);

        Subject park = subjects.createLinked("cara.chair", child, SubjectKind.LOCATION, "Tia's park", null, "Seen there after school");
        assertThat(subjects.read("pat.police", park.id()).linked()).extracting(linked -> linked.subject().id()).containsExactly(child);
        assertThat(subjects.read("cara.chair", child).linked()).singleElement()
                .satisfies(linked -> assertThat(linked.link().recordedBy()).isEqualTo("cara.chair"));
        assertThatThrownBy(() -> subjects.read("yusuf.youth", park.id())).isInstanceOf(NotFoundException.class);

        actions.complete("pat.police", action, ActionOutcome.DONE, "Done");
        assertThat(subjects.read("cara.chair", child).timeline()).noneMatch(TimelineEntry::open);
        assertThat(jdbc.queryForList("select actor from audit_event where action = 'subject.read' and entity_id = ?", String.class,
                String.valueOf(child))).contains("cara.chair", "pat.police");
    }
}
