package org.convene.audit;

import org.convene.shared.Hashes;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.convene.support.ConveneTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rewrites an insider with full access to the database could make, each caught by what is kept outside it: the
 * audit key and the signed checkpoints. Each test puts the database and the checkpoint file back afterwards, and holds
 * the trail meanwhile ({@link TrailHeld}), so a worker finishing an earlier test's step waits instead of writing into it.
 */
@ConveneTest
class AuditAnchorTest {

    @Autowired AuditTrail trail;
    @Autowired AuditVerifier verifier;
    @Autowired AuditCheckpoints checkpoints;
    @Autowired AuditHash hash;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transaction;
    @Autowired DataSource dataSource;

    private TrailHeld held;
    private List<Map<String, Object>> events;
    private Map<String, Object> head;
    private byte[] checkpointFile;
    private long first;
    private long newest;

    @BeforeEach
    void recordThreeEventsHoldTheTrailAndCheckpointIt() throws Exception {
        transaction.executeWithoutResult(status -> {
            trail.record("someone", "test.created", "test", 1, Map.of("a", 1));
            trail.record("someone", "test.changed", "test", 1, Map.of("a", 2));
            trail.record("someone", "test.closed", "test", 1, Map.of("a", 3));
        });
        first = jdbc.queryForObject("select max(seq) from audit_event where action = 'test.created'", Long.class);
        held = TrailHeld.by(dataSource);
        checkpointFile = Files.readAllBytes(checkpoints.file());
        checkpoints.write();
        events = jdbc.queryForList("select * from audit_event order by seq");
        head = jdbc.queryForMap("select * from audit_chain_head");
        newest = ((Number) head.get("last_seq")).longValue();
        assertThat(verifier.verify().isIntact()).isTrue();
    }

    @AfterEach
    void restore() throws Exception {
        jdbc.update("delete from audit_event");
        for (Map<String, Object> row : events) {
            jdbc.update("insert into audit_event (seq, occurred_at, actor, action, entity_type, entity_id, change_digest, previous_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    row.get("seq"), row.get("occurred_at"), row.get("actor"), row.get("action"), row.get("entity_type"),
                    row.get("entity_id"), row.get("change_digest"), row.get("previous_hash"), row.get("hash"));
        }
        jdbc.update("update audit_chain_head set last_seq = ?, last_hash = ?, keyed_from = ?", head.get("last_seq"), head.get("last_hash"), head.get("keyed_from"));
        Files.write(checkpoints.file(), checkpointFile);
        assertThat(verifier.verify().isIntact()).isTrue();
        held.close();
    }

    @Test
    void theChainIsHeldToTheNewestSignedCheckpoint() {
        AuditVerification result = verifier.verify();
        assertThat(result.checkpointSeq()).isEqualTo(newest);
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
        assertThat(result.firstBrokenSeq()).isEqualTo(newest);
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
}
