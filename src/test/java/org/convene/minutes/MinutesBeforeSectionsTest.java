package org.convene.minutes;

import org.convene.shared.Hashes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import org.convene.directory.Directory;
import org.convene.support.Concerns;
import org.convene.support.ConveneTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Minutes approved before workflows had sections kept each child's record and the review date in fields of their own.
 * Read now, they show as the sections they would be, and their stored text (and so its hash) is unchanged.
 */
@ConveneTest
class MinutesBeforeSectionsTest {

    @Autowired MinutesService minutes;
    @Autowired Concerns concerns;
    @Autowired Directory directory;
    @Autowired JdbcTemplate jdbc;

    @Test
    void minutesStoredBeforeSectionsReadAsSectionsAndStillVerify() {
        long id = concerns.discussion("cara.chair", "Kit Oldminutes", directory.personByUsername("cara.chair").orElseThrow().id());
        Instant start = concerns.convene(id, 9, "Room 5");
        concerns.holdWithEveryonePresent(id);
        minutes.approve("cara.chair", id, "convene-demo");
        // Circulation saves the version after approval: the old text goes in once it has, or circulation would write over it.
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select circulated_at is not null from minutes_version where meeting_id = ? and version = 1", Boolean.class, id));

        String stored = """
                {"meetingId":%d,"meetingType":"Strategy discussion","startsAt":"%s","heldAt":"%s","chair":"Cara Chair","location":"Room 5",\
                "attendance":[],"quorumOverrideReason":null,"children":[{"name":"Kit Oldminutes","worries":"Exploitation","workingWell":null,\
                "needsToHappen":"Joint visit","decision":"Section 47 enquiry, jointly with police","rationale":"Likely harm","childWords":"Leave me be"}],\
                "entries":[],"actions":[],"reviewBy":"2027-02-01"}""".formatted(id, start, start);
        assertThat(jdbc.update("update minutes_version set content = ?, content_hash = ? where meeting_id = ? and version = 1", stored, Hashes.sha256(stored), id)).isEqualTo(1);

        MinutesService.MinutesCopy copy = minutes.copyFor("cara.chair", id, 1);
        assertThat(copy.hashVerified()).isTrue();
        assertThat(copy.content().sections()).extracting(MinutesContent.Section::heading).containsExactly("Kit Oldminutes", "Review");
        assertThat(copy.content().sections().getFirst().parts()).contains(
                new MinutesContent.Part("What are we worried about?", "Exploitation"),
                new MinutesContent.Part("Decision", "Section 47 enquiry, jointly with police. Because: Likely harm"),
                new MinutesContent.Part("In Kit Oldminutes's own words", "Leave me be"));
        assertThat(copy.content().sections().getLast().parts().getFirst().text()).isEqualTo("A review strategy discussion by Monday 1 February 2027.");
        assertThat(jdbc.queryForObject("select content from minutes_version where meeting_id = ? and version = 1", String.class, id)).isEqualTo(stored);
    }
}
