package org.convene.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Appends to the audit trail in the caller's transaction, so that a change and its audit event commit or roll back
 * together. The events are written just before the transaction commits: locking the chain head (which keeps the hash
 * chain linear) is then always the last lock a transaction takes, so two transactions can never deadlock over it.
 */
@Service
public class AuditTrail {

    public static final String SYSTEM = "system";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ObjectMapper canonicalJson = new ObjectMapper()
            .findAndRegisterModules()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            .configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false);

    AuditTrail(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records that {@code actor} (a username, or {@link #SYSTEM} in a job worker) did {@code action} to an entity.
     * Only a digest of {@code change} is kept: the entity's own tables hold its content.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String actor, String action, String entityType, Object entityId, Map<String, ?> change) {
        pendingInThisTransaction().add(new Pending(clock.instant().truncatedTo(ChronoUnit.MICROS), actor, action, entityType,
                String.valueOf(entityId), AuditHash.sha256(toCanonicalJson(change))));
    }

    private List<Pending> pendingInThisTransaction() {
        @SuppressWarnings("unchecked")
        List<Pending> pending = (List<Pending>) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            List<Pending> created = new ArrayList<>();
            TransactionSynchronizationManager.bindResource(this, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    append(created);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(AuditTrail.this);
                }
            });
            return created;
        }
        return pending;
    }

    private void append(List<Pending> events) {
        Map<String, Object> head = jdbc.queryForMap("select last_seq, last_hash from audit_chain_head where id = 1 for update");
        long seq = ((Number) head.get("last_seq")).longValue();
        String previousHash = ((String) head.get("last_hash")).trim();
        for (Pending event : events) {
            seq++;
            String hash = AuditHash.of(seq, event.at(), event.actor(), event.action(), event.entityType(), event.entityId(),
                    event.changeDigest(), previousHash);
            jdbc.update("""
                    insert into audit_event (seq, occurred_at, actor, action, entity_type, entity_id, change_digest, previous_hash, hash)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    seq, Timestamp.from(event.at()), event.actor(), event.action(), event.entityType(), event.entityId(),
                    event.changeDigest(), previousHash, hash);
            previousHash = hash;
        }
        jdbc.update("update audit_chain_head set last_seq = ?, last_hash = ? where id = 1", seq, previousHash);
    }

    private String toCanonicalJson(Map<String, ?> change) {
        try {
            return canonicalJson.writeValueAsString(change);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("An audit change must be plain values", e);
        }
    }

    private record Pending(Instant at, String actor, String action, String entityType, String entityId, String changeDigest) {
    }
}
