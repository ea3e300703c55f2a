package org.convene.audit;

import org.convene.shared.Hashes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.convene.support.ConveneTest;
import org.convene.support.TimeMachine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/** Each test tampers with the trail as an insider with database access might, and puts it back afterwards. */
@ConveneTest
class AuditTrailTest {

    @Autowired AuditTrail trail;
    @Autowired AuditVerifier verifier;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transaction;
    @Autowired TimeMachine time;

    private List<Map<String, Object>> original;
    private Map<String, Object> originalHead;
    private long first;

    @BeforeEach
    void recordThreeEvents() {
        // Workers may still be finishing what an earlier test's clock move released: this test rewrites the whole trail.
        time.awaitQuiet(() -> jdbc.queryForObject("select last_seq from audit_chain_head", Long.class));
        first = jdbc.queryForObject("select last_seq from audit_chain_head", Long.class) + 1;
        transaction.executeWithoutResult(status -> {
            trail.record("someone", "test.created", "test", 1, Map.of("a", 1));
            trail.record("someone", "test.changed", "test", 1, Map.of("a", 2));
            trail.record("someone", "test.closed", "test", 1, Map.of("a", 3));
        });
        original = jdbc.queryForList("select * from audit_event order by seq");
        originalHead = jdbc.queryForMap("select * from audit_chain_head");
    }

    @AfterEach
    void restore() {
        jdbc.update("delete from audit_event");
        for (Map<String, Object> row : original) {
            jdbc.update("insert into audit_event (seq, occurred_at, actor, action, entity_type, entity_id, change_digest, previous_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    row.get("seq"), row.get("occurred_at"), row.get("actor"), row.get("action"), row.get("entity_type"),
                    row.get("entity_id"), row.get("change_digest"), row.get("previous_hash"), row.get("hash"));
        }
        jdbc.update("update audit_chain_head set last_seq = ?, last_hash = ?", originalHead.get("last_seq"), originalHead.get("last_hash"));
        assertThat(verifier.verify().isIntact()).isTrue();
    }

    @Test
    void anUntouchedTrailIsIntact() {
        AuditVerification result = verifier.verify();
        assertThat(result.isIntact()).isTrue();
        assertThat(result.eventsChecked()).isEqualTo(first + 2);
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
        jdbc.update("delete from audit_event where seq = ?", first + 2);
        AuditVerification result = verifier.verify();
        assertThat(result.isIntact()).isFalse();
        assertThat(result.problem()).contains("chain head");
    }

    @Test
    void recordingOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> trail.record("someone", "test.loose", "test", 1, Map.of()))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void aRolledBackChangeLeavesNoAuditEvent() {
        long before = jdbc.queryForObject("select count(*) from audit_event", Long.class);
        transaction.executeWithoutResult(status -> {
            trail.record("someone", "test.abandoned", "test", 1, Map.of());
            status.setRollbackOnly();
        });
        assertThat(jdbc.queryForObject("select count(*) from audit_event", Long.class)).isEqualTo(before);
    }

    @Test
    void theCommandLineVerifierExitsZeroWhenIntactAndOneWhenBroken() {
        assertThat(AuditVerifierCommand.run(new String[] {AuditVerifierCommand.NAME})).isZero();
        jdbc.update("update audit_event set action = 'test.forged' where seq = ?", first);
        assertThat(AuditVerifierCommand.run(new String[] {AuditVerifierCommand.NAME})).isEqualTo(1);
    }
}
