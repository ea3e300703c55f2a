package org.convene.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;
import org.convene.directory.Directory;
import org.convene.minutes.MinutesService;
import org.convene.shared.Hashes;
import org.convene.support.Concerns;
import org.convene.support.ConveneTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Approved minutes edited in the database, their content hash recomputed, are caught by what their approval recorded.
 * The trail is held ({@link TrailHeld}) only once the meeting's own workers have circulated the minutes.
 */
@ConveneTest
class ApprovedMinutesAnchorTest {

    @Autowired AuditVerifier verifier;
    @Autowired AuditCheckpoints checkpoints;
    @Autowired JdbcTemplate jdbc;
    @Autowired DataSource dataSource;
    @Autowired Concerns concerns;
    @Autowired MinutesService minutes;
    @Autowired Directory directory;

    @Test
    void approvedMinutesEditedWithTheirContentHashRecomputedAreCaught() throws Exception {
        long meeting = concerns.discussion("cara.chair", "Abe Anchored", directory.personByUsername("cara.chair").orElseThrow().id());
        concerns.convene(meeting, 11, "Room 4");
        concerns.holdWithEveryonePresent(meeting);
        minutes.approve("cara.chair", meeting, "convene-demo");
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from minutes_version where meeting_id = ? and circulated_at is not null", Integer.class, meeting) == 1);

        try (TrailHeld held = TrailHeld.by(dataSource)) {
            assertThat(checkpoints.read().newest().orElseThrow().seq()).as("the approval wrote a checkpoint")
                    .isGreaterThanOrEqualTo(jdbc.queryForObject("select max(seq) from audit_event where action = 'minutes.approved' and entity_id = ?",
                            Long.class, String.valueOf(meeting)));
            assertThat(verifier.verify().isIntact()).isTrue();

            Map<String, Object> stored = jdbc.queryForMap("select content, content_hash from minutes_version where meeting_id = ? and version = 1", meeting);
            String edited = ((String) stored.get("content")).replace("Room 4", "Room 5");
            assertThat(edited).isNotEqualTo(stored.get("content"));
            jdbc.update("update minutes_version set content = ?, content_hash = ? where meeting_id = ? and version = 1", edited, Hashes.sha256(edited), meeting);
            try {
                AuditVerification result = verifier.verify();
                assertThat(result.isIntact()).isFalse();
                assertThat(result.problem()).isEqualTo("the minutes of meeting " + meeting + ", version 1 no longer match what was recorded when they were approved");
            } finally {
                jdbc.update("update minutes_version set content = ?, content_hash = ? where meeting_id = ? and version = 1", stored.get("content"),
                        stored.get("content_hash"), meeting);
            }
        }
    }
}
