package org.convene.locality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import org.convene.briefing.BriefingService;
import org.convene.briefing.IncidentKind;
import org.convene.briefing.IncidentSource;
import org.convene.briefing.NewIncident;
import org.convene.briefing.Triage;
import org.convene.briefing.TriageDecision;
import org.convene.directory.Directory;
import org.convene.missing.MissingFrom;
import org.convene.missing.MissingService;
import org.convene.missing.NewEpisode;
import org.convene.missing.ReporterKind;
import org.convene.missing.RiskGrade;
import org.convene.shared.ConflictException;
import org.convene.shared.InvalidRequestException;
import org.convene.shared.NotFoundException;
import org.convene.subject.Subject;
import org.convene.subject.SubjectKind;
import org.convene.subject.Subjects;
import org.convene.support.ConveneTest;
import org.convene.support.TimeMachine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Referring to a locality's meeting (on time until the cut-off, then only urgent, never once it has begun), and the
 * agenda assembling itself: new referrals, subjects under review with their actions carried forward, and since the last
 * meeting the incidents the daily briefings sent or that involve a subject, and the subjects' missing episodes and
 * repeat-missing flags. A member of another locality's meeting sees none of it.
 */
@ConveneTest
class LocalityAgendaTest {

    @Autowired LocalityService localities;
    @Autowired LocalitySchedule schedule;
    @Autowired BriefingService briefings;
    @Autowired MissingService missing;
    @Autowired Subjects subjects;
    @Autowired org.convene.action.ActionService actions;
    @Autowired Directory directory;
    @Autowired TimeMachine time;
    @Autowired JdbcTemplate jdbc;

    private long seriesId;
    private long localityId;
    private LocalDate first;

    @BeforeEach
    void aSeriesOfItsOwn() {
        localityId = jdbc.queryForObject("insert into locality (name) values (?) returning id", Long.class, "Agenda locality " + System.nanoTime());
        first = time.today().plusDays(7).with(TemporalAdjusters.next(java.time.DayOfWeek.TUESDAY));
        seriesId = localities.create("ada.admin", new NewSeries(localityId, id("mo.manager"), first, LocalTime.of(10, 0), 90, "Room 1",
                Set.of(id("sam.social"), id("pat.police")))).getId();
    }

    @Test
    void aReferralIsOnTimeUntilTheCutOffThenOnlyUrgentAndNeverOnceTheMeetingHasBegun() {
        Occurrence meeting = localities.read("sam.social", seriesId).dates().getFirst();
        assertThat(meeting.originalDate()).isEqualTo(first);
        LocalityReferral early = localities.refer("sam.social", seriesId, child("Tam Ontimechild", null));
        assertThat(early.urgent()).isFalse();
        assertThat(early.meetingDate()).isEqualTo(first);

        time.advanceTo(meeting.referralCutOff().minus(Duration.ofMinutes(1)));
        assertThat(localities.refer("pat.police", seriesId, new NewReferral(first, null, SubjectKind.PEER_GROUP, "Cutoff Group " + System.nanoTime(),
                null, "Seen together at the park", null)).urgent()).isFalse();

        time.advanceTo(meeting.referralCutOff());
        assertThatThrownBy(() -> localities.refer("sam.social", seriesId, child("Uli Latechild", null)))
                .isInstanceOf(InvalidRequestException.class).extracting(e -> ((InvalidRequestException) e).field()).isEqualTo("urgentReason");
        LocalityReferral late = localities.refer("sam.social", seriesId, child("Uli Latechild", "Went missing last night with an older male"));
        assertThat(late.urgent()).isTrue();
        assertThat(late.urgentReason()).isEqualTo("Went missing last night with an older male");

        time.advanceTo(meeting.startsAt());
        assertThatThrownBy(() -> localities.refer("sam.social", seriesId, new NewReferral(first, null, SubjectKind.CHILD, "Vic Toolatechild", null,
                "Worries raised by the school", "Urgent"))).isInstanceOf(ConflictException.class);
        // Without a date, a referral goes to the next meeting to come, on time.
        LocalityReferral next = localities.refer("sam.social", seriesId, child("Vic Toolatechild", null));
        assertThat(next.meetingDate()).isEqualTo(first.plusWeeks(1));
        assertThat(next.urgent()).isFalse();
        assertThat(localities.agenda("mo.manager", seriesId, first).referrals()).extracting(line -> line.subject().name(), line -> line.referral().urgent())
                .startsWith(org.assertj.core.groups.Tuple.tuple("Uli Latechild", true));
    }

    @Test
    void theAgendaAssemblesItselfAndOnlyTheSeriesMembersSeeIt() {
        LocalityReferral referred = localities.refer("sam.social", seriesId, new NewReferral(first, null, SubjectKind.CHILD, "Wes Reviewchild",
                LocalDate.of(2011, 6, 7), "Exploitation concerns raised by school", null));
        long wes = referred.subjectId();
        Occurrence meeting = localities.read("sam.social", seriesId).dates().getFirst();
        time.advanceTo(meeting.startsAt().plus(Duration.ofHours(2)));

        LocalDate second = first.plusWeeks(1);
        localities.refer("pat.police", seriesId, new NewReferral(second, null, SubjectKind.LOCATION, "Agenda Underpass " + System.nanoTime(), null,
                "Young people gathering late at night", null));
        String run = String.valueOf(System.nanoTime());
        long aboutWes = briefings.log("pat.police", new NewIncident("AGENDA-WES-" + run, time.now().minus(Duration.ofHours(1)), IncidentKind.EXPLOITATION,
                "Seen getting into a car", "Station Road", null, List.of(new NewIncident.NamedChild("Wes Reviewchild", LocalDate.of(2011, 6, 7))),
                List.of()), IncidentSource.API).getId();
        long sentHere = briefings.log("pat.police", new NewIncident("AGENDA-SENT-" + run, time.now().minus(Duration.ofHours(1)), IncidentKind.WEAPONS,
                "Knife found in a bin", "Market Square", null, List.of(), List.of()), IncidentSource.API).getId();
        briefings.triage("mo.manager", sentHere, new Triage(TriageDecision.LOCALITY_MEETING, null, localityId, null, null, null, null, null));
        long elsewhere = briefings.log("pat.police", new NewIncident("AGENDA-ELSEWHERE-" + run, time.now().minus(Duration.ofHours(1)),
                IncidentKind.DRUGS, "Nothing to do with this locality", null, null, List.of(), List.of()), IncidentSource.API).getId();
        // Four episodes since the last meeting: more than three in three months flags the child as going missing again and again.
        List<Long> episodes = new java.util.ArrayList<>();
        for (int i = 4; i >= 1; i--) {
            long episode = missing.report("mia.coordinator", new NewEpisode(wes, null, null, null, ReporterKind.POLICE, "PC Agenda",
                    "AGENDA-MISSING-" + run + "-" + i, MissingFrom.HOME, null, time.now().minus(Duration.ofMinutes(20L * i + 10)),
                    time.now().minus(Duration.ofMinutes(20L * i)), false, false, null, null, RiskGrade.MEDIUM, null, null, null)).getId();
            missing.recordReturn("mia.coordinator", episode, time.now().minus(Duration.ofMinutes(20L * i - 5)), "Home",
                    org.convene.missing.ReturnHow.RETURNED_THEMSELVES, null);
            episodes.add(episode);
        }

        LocalityService.MeetingAgenda agenda = localities.agenda("sam.social", seriesId, second);
        assertThat(agenda.since()).isEqualTo(meeting.startsAt());
        assertThat(agenda.referrals()).extracting(line -> line.subject().kind()).containsExactly(SubjectKind.LOCATION);
        assertThat(agenda.underReview()).extracting(line -> line.subject().id(), LocalityService.ReviewLine::firstReferredFor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(wes, first));
        assertThat(agenda.incidents()).extracting(line -> line.incident().getId()).contains(aboutWes, sentHere).doesNotContain(elsewhere);
        assertThat(agenda.episodes()).extracting(LocalityService.EpisodeLine::episodeId).containsExactlyElementsOf(episodes);
        assertThat(agenda.repeatMissing()).extracting(line -> line.subject().id(), LocalityService.RepeatMissingLine::episodes)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(wes, 4));

        // The series' members see the subject referred to it; a member of other localities' meetings does not.
        assertThat(subjects.read("pat.police", wes).timeline()).anyMatch(entry -> entry.title().startsWith("Referred to the Agenda locality"));
        assertThatThrownBy(() -> subjects.read("ellen.education", wes)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> localities.agenda("ellen.education", seriesId, second)).isInstanceOf(NotFoundException.class);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_type = 'locality-series' and entity_id = ? and action = 'locality.agenda-read'",
                Integer.class, String.valueOf(seriesId))).isEqualTo(1);
    }

    /** An incident about a subject under review can name a child who is not the series': its members see only that a child was there. */
    @Test
    void aChildNamedInAnIncidentIsWithheldFromMembersWhoMayNotSeeThem() {
        String run = String.valueOf(System.nanoTime());
        String group = "Withheld Group " + run;
        localities.refer("sam.social", seriesId, new NewReferral(first, null, SubjectKind.PEER_GROUP, group, null, "Seen with older males", null));
        long incident = briefings.log("pat.police", new NewIncident("AGENDA-WITHHELD-" + run, time.now().minus(Duration.ofHours(1)), IncidentKind.VIOLENCE,
                "A fight at the station", null, null, List.of(new NewIncident.NamedChild("Uma Otherchild", LocalDate.of(2010, 2, 3))), List.of(group)),
                IncidentSource.API).getId();

        assertThat(involvedIn(localities.agenda("sam.social", seriesId, first), incident)).extracting(Subject::name, Subject::id)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(group, subjectNamed(group)),
                        org.assertj.core.groups.Tuple.tuple("Another child", null));
        assertThat(involvedIn(localities.agenda("pat.police", seriesId, first), incident)).extracting(Subject::name)
                .as("a member who sees the incident log sees the child").containsExactlyInAnyOrder(group, "Uma Otherchild");
    }

    private static List<Subject> involvedIn(LocalityService.MeetingAgenda agenda, long incidentId) {
        return agenda.incidents().stream().filter(line -> line.incident().getId() == incidentId).findFirst().orElseThrow().involved();
    }

    private Long subjectNamed(String name) {
        return jdbc.queryForObject("select id from subject where name = ?", Long.class, name);
    }

    @Test
    void aSubjectIsReferredOnceToAMeetingAndOnlyOneTheReferrerMaySee() {
        long unseen = subjects.create("cara.chair", SubjectKind.LOCATION, "Unseen Yard " + System.nanoTime(), null).id();
        assertThatThrownBy(() -> localities.refer("sam.social", seriesId, new NewReferral(first, unseen, null, null, null, "Seen there", null)))
                .isInstanceOf(InvalidRequestException.class);
        long group = subjects.create("sam.social", SubjectKind.PEER_GROUP, "Once Group " + System.nanoTime(), null).id();
        localities.refer("sam.social", seriesId, new NewReferral(first, group, null, null, null, "Seen together", null));
        // Once referred, the group is the series' to see: another member meets the referral already made.
        assertThatThrownBy(() -> localities.refer("pat.police", seriesId, new NewReferral(first, group, null, null, null, "Again", null)))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> localities.refer("mo.manager", seriesId, new NewReferral(first.plusDays(1), group, null, null, null, "Wrong day", null)))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> localities.refer("hugo.head", seriesId, new NewReferral(first, group, null, null, null, "Above the chair", null)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void anOpenActionIsCarriedForwardToTheNextMeetingAndADoneOneIsNot() {
        long subject = localities.refer("sam.social", seriesId, new NewReferral(first, null, SubjectKind.CHILD, "Xia Actionchild", null,
                "Excluded from school, seen with older youths", null)).subjectId();
        LocalDate due = time.today().plusDays(3);
        long education = directory.agencies().stream().filter(a -> a.kind() == org.convene.directory.AgencyKind.EDUCATION).findFirst().orElseThrow().id();
        long visit = localities.setAction("mo.manager", seriesId, first, subject, "Visit the family with the youth worker", id("sam.social"), null, due)
                .getId();
        long report = localities.setAction("mo.manager", seriesId, first, subject, "Share the school's report", null, education, due).getId();
        assertThatThrownBy(() -> localities.setAction("sam.social", seriesId, first, subject, "Not the chair", id("sam.social"), null, due))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        long elsewhere = subjects.create("sam.social", SubjectKind.LOCATION, "Not On The Agenda " + System.nanoTime(), null).id();
        assertThatThrownBy(() -> localities.setAction("mo.manager", seriesId, first, elsewhere, "Not on it", id("sam.social"), null, due))
                .isInstanceOf(InvalidRequestException.class);
        actions.complete("eddie.dsl", report, org.convene.action.ActionOutcome.DONE, "Shared with the social worker");

        assertThat(localities.agenda("sam.social", seriesId, first).actions().get(String.valueOf(subject)))
                .extracting(LocalityService.ActionLine::actionId, LocalityService.ActionLine::open).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(visit, true), org.assertj.core.groups.Tuple.tuple(report, false));
        LocalityService.MeetingAgenda next = localities.agenda("sam.social", seriesId, first.plusWeeks(1));
        assertThat(next.underReview()).extracting(line -> line.subject().id()).containsExactly(subject);
        assertThat(next.actions().get(String.valueOf(subject))).extracting(LocalityService.ActionLine::actionId, LocalityService.ActionLine::setFor,
                LocalityService.ActionLine::overdue).containsExactly(org.assertj.core.groups.Tuple.tuple(visit, first, false));

        time.advanceTo(due.plusDays(1).atStartOfDay(java.time.ZoneId.of("Europe/London")).toInstant());
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> localities.agenda("mo.manager", seriesId, first.plusWeeks(1))
                .actions().get(String.valueOf(subject)).getFirst().overdue());
    }

    @Test
    void aSubjectsReviewEndsWithWhyAndLeavesLaterAgendasUntilReferredAgain() {
        long subject = localities.refer("sam.social", seriesId, new NewReferral(first, null, SubjectKind.LOCATION, "Review Underpass " + System.nanoTime(),
                null, "Young people gathering", null)).subjectId();
        LocalDate second = first.plusWeeks(1);
        LocalDate third = first.plusWeeks(2);
        assertThat(localities.reviews("pat.police")).filteredOn(r -> r.series().series().getId() == seriesId).singleElement()
                .satisfies(reviews -> assertThat(reviews.rows()).extracting(row -> row.subject().id(), LocalityService.ReviewRow::referredFor,
                        LocalityService.ReviewRow::lastReviewed, LocalityService.ReviewRow::nextReview)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(subject, first, null, first)));
        assertThat(localities.agenda("sam.social", seriesId, second).underReview()).extracting(line -> line.subject().id()).containsExactly(subject);

        assertThatThrownBy(() -> localities.endReview("sam.social", seriesId, second, subject, "Not the chair"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> localities.endReview("mo.manager", seriesId, second, subject, " ")).isInstanceOf(InvalidRequestException.class);
        localities.endReview("mo.manager", seriesId, second, subject, "Lighting installed; no more gatherings seen");
        assertThatThrownBy(() -> localities.endReview("mo.manager", seriesId, second, subject, "Again")).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> localities.endReview("mo.manager", seriesId, third, subject, "Not on it")).isInstanceOf(InvalidRequestException.class);

        LocalityService.MeetingAgenda atTheEnd = localities.agenda("sam.social", seriesId, second);
        assertThat(atTheEnd.underReview()).extracting(line -> line.subject().id()).containsExactly(subject);
        assertThat(atTheEnd.reviewEnded()).containsEntry(String.valueOf(subject), "Lighting installed; no more gatherings seen");
        assertThat(localities.agenda("sam.social", seriesId, third).underReview()).isEmpty();

        localities.refer("pat.police", seriesId, new NewReferral(third, subject, null, null, null, "Gatherings again", null));
        assertThat(localities.agenda("sam.social", seriesId, first.plusWeeks(3)).underReview()).extracting(line -> line.subject().id(),
                LocalityService.ReviewLine::firstReferredFor).containsExactly(org.assertj.core.groups.Tuple.tuple(subject, third));
    }

    private NewReferral child(String name, String urgentReason) {
        return new NewReferral(null, null, SubjectKind.CHILD, name, null, "Worries raised by the school", urgentReason);
    }

    private long id(String username) {
        return directory.personByUsername(username).orElseThrow().id();
    }
}
