package org.convene.audit;

import org.convene.shared.Hashes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.convene.directory.Directory;
import org.convene.minutes.MinutesService;
import org.convene.support.Concerns;
import org.convene.support.ConveneTest;
import org.convene.support.TimeMachine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rewrites an insider with full access to the database could make, each caught by what is kept outside it: the
 * audit key and the signed checkpoints. Each test puts the database and the checkpoint file back afterwards.
 */
@ConveneTest
class AuditAnchorTest {

    @Autowired AuditTrail trail;
    @Autowired AuditVerifier verifier;
    @Autowired AuditCheckpoints checkpoints;
    @Autowired AuditHash hash;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transaction;
    @Autowired Concerns concerns;
    @Autowired MinutesService minutes;
    @Autowired Directory directory;
    @Autowired TimeMachine time;

    private List<Map<String, Object>> events;
    private Map<String, Object> head;
    private byte[] checkpointFile;
    private long first;

    @BeforeEach
    void recordThreeEventsAndCheckpointThem() throws Exception {
        awaitQuietTrail();
        first = jdbc.queryForObject("select last_seq from audit_chain_head", Long.class) + 1;
        transaction.executeWithoutResult(status -> {
            trail.record("someone", "test.created", "test", 1, Map.of("a", 1));
            trail.record("someone", "test.changed", "test", 1, Map.of("a", 2));
            trail.record("someone", "test.closed", "test", 1, Map.of("a", 3));
        });
        checkpoints.write();
        snapshot();
        assertThat(verifier.verify().isIntact()).isTrue();
    }

    /**
     * Workers may still be finishing what an earlier test's clock move, or this test's own meeting, released: this
     * test rewrites the whole trail, so nothing else may write to it meanwhile.
     */
    private void awaitQuietTrail() {
        time.awaitQuiet(() -> jdbc.queryForObject("select last_seq from audit_chain_head", Long.class));
    }

    /** What the database and the checkpoint file are put back to after each test. */
    private void snapshot() throws Exception {
        events = jdbc.queryForList("select * from audit_event order by seq");
        head = jdbc.queryForMap("select * from audit_chain_head");
        checkpointFile = Files.readAllBytes(checkpoints.file());
    }

    @AfterEach
    void restore() throws Exception {
        awaitQuietTrail();
        jdbc.update("delete from audit_event");
        for (Map<String, Object> row : events) {
            jdbc.update("insert into audit_event (seq, occurred_at, actor, action, entity_type, entity_id, change_digest, previous_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    row.get("seq"), row.get("occurred_at"), row.get("actor"), row.get("action"), row.get("entity_type"),
                    row.get("entity_id"), row.get("change_digest"), row.get("previous_hash"), row.get("hash"));
        }
        jdbc.update("update audit_chain_head set last_seq = ?, last_hash = ?, keyed_from = ?", head.get("last_seq"), head.get("last_hash"), head.get("keyed_from"));
        Files.write(checkpoints.file(), checkpointFile);
        assertThat(verifier.verify().isIntact()).isTrue();
    }

    @Test
    void theChainIsHeldToTheNewestSignedCheckpoint() {
        AuditVerification result = verifier.verify();
        assertThat(result.checkpointSeq()).isEqualTo(first + 2);
        assertThat(result.summary()).contains("held to the signed checkpoint");
    }

    /** Even re-chained with the key itself, a rewritten event differs from what the checkpoint signed. */
    @Test
    void anOldEventChangedAndEveryLaterHashRecomputedIsCaughtByTheCheckpoint() {
        long keyedFrom = ((Number) head.get("keyed_from")).longValue();
        InsiderRewrite.changeActorAndRechain(jdbc, first, "someone.else", (seq, at, actor, action, type, id, digest, previous) ->
                hash.of(keyedFrom, seq, at, actor, action, type, id, digest, previous));

        AuditVerification result = verifier.verify();
        assertThat(result.isIntact()).isFalse();
        assertThat(result.firstBrokenSeq()).isEqualTo(first + 2);
        assertThat(result.problem()).contains("differs from a signed checkpoint");
    }

    @Test
    void theNewestEventsDeletedAndTheHeadMovedBackIsCaught() {
        jdbc.update("delete from audit_event where seq > ?", first);
        jdbc.update("update audit_chain_head set last_seq = ?, last_hash = (select hash from audit_event where seq = ?)", first, first);

        AuditVerification result = verifier.verify();
        assertThat(result.isIntact()).isFalse();
        assertThat(result.problem()).contains("the newest events were removed");
    }

    @Test
    void keyedHashesTurnedBackIntoPlainOnesAreCaught() {
        jdbc.update("update audit_chain_head set keyed_from = ?", first + 100);
        assertThat(verifier.verify().problem()).contains("keyed from event " + (first + 100));
    }

    @Test
    void aCheckpointNotSignedWithTheKeyIsCaught() throws Exception {
        String forged = Instant.now() + " " + (first + 1) + " " + "ab".repeat(32) + " " + head.get("keyed_from") + " " + "cd".repeat(32) + "\n";
        Files.writeString(checkpoints.file(), forged, StandardCharsets.US_ASCII, StandardOpenOption.APPEND);
        assertThat(verifier.verify().problem()).contains("is not a checkpoint signed with the audit key");
    }

    @Test
    void approvedMinutesEditedWithTheirContentHashRecomputedAreCaught() throws Exception {
        long meeting = approvedMinutes();
        awaitQuietTrail();
        snapshot();
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

    private long approvedMinutes() {
        long meeting = concerns.discussion("cara.chair", "Abe Anchored", directory.personByUsername("cara.chair").orElseThrow().id());
        concerns.convene(meeting, 11, "Room 4");
        concerns.holdWithEveryonePresent(meeting);
        minutes.approve("cara.chair", meeting, "convene-demo");
        // The meeting's process circulates the minutes (and audits it) once they are approved: let it finish first
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from minutes_version where meeting_id = ? and circulated_at is not null", Integer.class, meeting) == 1);
        return meeting;
    }
}
