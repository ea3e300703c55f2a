package org.convene.audit;

import org.convene.shared.Hashes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.convene.support.ConveneTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each test tampers with the trail as an insider with database access might, and puts it back afterwards. The trail is
 * held meanwhile ({@link TrailHeld}), so a worker finishing an earlier test's step waits instead of writing into it.
 */
@ConveneTest
class AuditTrailTest {

    @Autowired AuditTrail trail;
    @Autowired AuditVerifier verifier;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transaction;
    @Autowired DataSource dataSource;

    private TrailHeld held;
    private List<Map<String, Object>> original;
    private Map<String, Object> originalHead;
    private long first;
    private long newest;

    @BeforeEach
    void recordThreeEventsAndHoldTheTrail() throws Exception {
        transaction.executeWithoutResult(status -> {
            trail.record("someone", "test.created", "test", 1, Map.of("a", 1));
            trail.record("someone", "test.changed", "test", 1, Map.of("a", 2));
            trail.record("someone", "test.closed", "test", 1, Map.of("a", 3));
        });
        first = jdbc.queryForObject("select max(seq) from audit_event where action = 'test.created'", Long.class);
        held = TrailHeld.by(dataSource);
        original = jdbc.queryForList("select * from audit_event order by seq");
        originalHead = jdbc.queryForMap("select * from audit_chain_head");
        newest = ((Number) originalHead.get("last_seq")).longValue();
    }

    @AfterEach
    void restore() throws Exception {
        jdbc.update("delete from audit_event");
        for (Map<String, Object> row : original) {
            jdbc.update("insert into audit_event (seq, occurred_at, actor, action, entity_type, entity_id, change_digest, previous_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    row.get("seq"), row.get("occurred_at"), row.get("actor"), row.get("action"), row.get("entity_type"),
                    row.get("entity_id"), row.get("change_digest"), row.get("previous_hash"), row.get("hash"));
        }
        jdbc.update("update audit_chain_head set last_seq = ?, last_hash = ?", originalHead.get("last_seq"), originalHead.get("last_hash"));
        assertThat(verifier.verify().isIntact()).isTrue();
        held.close();
    }

    @Test
    void anUntouchedTrailIsIntact() {
        AuditVerification result = verifier.verify();
        assertThat(result.isIntact()).isTrue();
        assertThat(result.eventsChecked()).isEqualTo(newest);
    }

    @Test
    void eachEventIsChainedToTheOneBefore() {
        var rows = jdbc.queryForList("select previous_hash, hash from audit_event where seq >= ? order by seq", first);
        assertThat(rows.get(1).get("previous_hash")).isEqualTo(rows.get(0).get("hash"));
        assertThat(rows.get(2).get("previous_hash")).isEqualTo(rows.get(1).get("hash"));
    }

    @Test
    void anAlteredEventIsCaught() {
        jdbc.update("update audit_event set actor = 'someone.else' where seq = ?", first + 1);
        AuditVerification result = verifier.verify();
        assertThat(result.isIntact()).isFalse();
        assertThat(result.firstBrokenSeq()).isEqualTo(first + 1);
        assertThat(result.problem()).contains("content does not match");
    }

    /** Without the audit key, which is not in the database, a recomputed hash is a plain SHA-256 and does not pass. */
    @Test
    void anAlteredEventWithEveryLaterHashRecomputedIsCaughtWithoutTheKey() {
        InsiderRewrite.changeActorAndRechain(jdbc, first + 1, "someone.else", (seq, at, actor, action, type, id, digest, previous) ->
                Hashes.sha256(String.join("\u001f", Long.toString(seq), at.toString(), actor, action, type, id, digest, previous)));
        AuditVerification result = verifier.verify();
        assertThat(result.firstBrokenSeq()).isEqualTo(first + 1);
        assertThat(result.problem()).contains("content does not match its hash");
    }

    @Test
    void aDeletedEventIsCaught() {
        jdbc.update("delete from audit_event where seq = ?", first + 1);
        AuditVerification result = verifier.verify();
        assertThat(result.firstBrokenSeq()).isEqualTo(first + 1);
        assertThat(result.problem()).contains("missing");
    }

    @Test
    void reorderedEventsAreCaught() {
        jdbc.update("update audit_event set seq = -1 where seq = ?", first);
        jdbc.update("update audit_event set seq = ? where seq = ?", first, first + 1);
        jdbc.update("update audit_event set seq = ? where seq = -1", first + 1);
        AuditVerification result = verifier.verify();
        assertThat(result.isIntact()).isFalse();
        assertThat(result.firstBrokenSeq()).isEqualTo(first);
    }

    @Test
    void removingTheNewestEventsIsCaught() {
        jdbc.update("delete from audit_event where seq = ?", newest);
        AuditVerification result = verifier.verify();
        assertThat(result.isIntact()).isFalse();
        assertThat(result.problem()).contains("chain head");
    }

    /** What the other tests rely on: while the trail is held, a writer waits, and then chains onto the trail as it was put back. */
    @Test
    void aWriterWaitsWhileTheTrailIsHeldAndThenChainsOn() throws Exception {
        var writer = java.util.concurrent.CompletableFuture.runAsync(() -> transaction.executeWithoutResult(status ->
                trail.record("someone", "test.waited", "test", 1, Map.of())));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock' and query like '%audit_chain_head%for update%'", Integer.class) > 0);
        jdbc.update("update audit_event set actor = 'someone.else' where seq = ?", first + 1);
        assertThat(verifier.verify().isIntact()).isFalse();
        assertThat(writer).isNotDone();
        restore();
        writer.get(30, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(jdbc.queryForObject("select max(seq) from audit_event where action = 'test.waited'", Long.class)).isEqualTo(newest + 1);
        held = TrailHeld.by(dataSource);
        original = jdbc.queryForList("select * from audit_event order by seq");
        originalHead = jdbc.queryForMap("select * from audit_chain_head");
    }

    @Test
    void recordingOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> trail.record("someone", "test.loose", "test", 1, Map.of()))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void aRolledBackChangeLeavesNoAuditEvent() {
        transaction.executeWithoutResult(status -> {
            trail.record("someone", "test.abandoned", "test", 1, Map.of());
            status.setRollbackOnly();
        });
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'test.abandoned'", Long.class)).isZero();
    }

    @Test
    void theCommandLineVerifierExitsZeroWhenIntactAndOneWhenBroken() {
        assertThat(AuditVerifierCommand.run(new String[] {AuditVerifierCommand.NAME})).isZero();
        jdbc.update("update audit_event set action = 'test.forged' where seq = ?", first);
        assertThat(AuditVerifierCommand.run(new String[] {AuditVerifierCommand.NAME})).isEqualTo(1);
    }
}
