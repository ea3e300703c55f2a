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
import org.convene.shared.Hashes;
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
    private final AuditHash hash;
    private final AuditCheckpoints checkpoints;
    private final Clock clock;
    private final ObjectMapper canonicalJson = new ObjectMapper()
            .findAndRegisterModules()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            .configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false);

    AuditTrail(JdbcTemplate jdbc, AuditHash hash, AuditCheckpoints checkpoints, Clock clock) {
        this.jdbc = jdbc;
        this.hash = hash;
        this.checkpoints = checkpoints;
        this.clock = clock;
    }

    /**
     * Records that {@code actor} (a username, or {@link #SYSTEM} in a job worker) did {@code action} to an entity.
     * Only a digest of {@code change} is kept: the entity's own tables hold its content.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String actor, String action, String entityType, Object entityId, Map<String, ?> change) {
        pendingInThisTransaction().events.add(new Pending(clock.instant().truncatedTo(ChronoUnit.MICROS), actor, action, entityType,
                String.valueOf(entityId), digest(change)));
    }

    /**
     * Records the event and, once the transaction has committed, writes a signed checkpoint outside the database: for
     * events that vouch for content (the approval of minutes), so that rewriting them is caught from that moment.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAndCheckpoint(String actor, String action, String entityType, Object entityId, Map<String, ?> change) {
        record(actor, action, entityType, entityId, change);
        pendingInThisTransaction().checkpoint = true;
    }

    /** The digest kept for a change: the verifier recomputes it for an {@link AuditedContent.Claim}. */
    String digest(Map<String, ?> change) {
        return Hashes.sha256(toCanonicalJson(change));
    }

    private InThisTransaction pendingInThisTransaction() {
        InThisTransaction pending = (InThisTransaction) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            InThisTransaction created = new InThisTransaction();
            TransactionSynchronizationManager.bindResource(this, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    append(created.events);
                }

                @Override
                public void afterCommit() {
                    if (created.checkpoint) {
                        checkpoints.write();
                    }
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

    /** Appends the transaction's events at the chain head, in one batch: every writer waits on the head's lock. */
    private void append(List<Pending> events) {
        ChainHead head = ChainHead.lock(jdbc);
        long seq = head.lastSeq();
        String previousHash = head.lastHash();
        List<Object[]> rows = new ArrayList<>(events.size());
        for (Pending event : events) {
            seq++;
            String hash = this.hash.of(head.keyedFrom(), seq, event.at(), event.actor(), event.action(), event.entityType(), event.entityId(),
                    event.changeDigest(), previousHash);
            rows.add(new Object[] {seq, Timestamp.from(event.at()), event.actor(), event.action(), event.entityType(), event.entityId(),
                    event.changeDigest(), previousHash, hash});
            previousHash = hash;
        }
        jdbc.batchUpdate("""
                insert into audit_event (seq, occurred_at, actor, action, entity_type, entity_id, change_digest, previous_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        jdbc.update("update audit_chain_head set last_seq = ?, last_hash = ? where id = 1", seq, previousHash);
    }

    private String toCanonicalJson(Map<String, ?> change) {
        try {
            return canonicalJson.writeValueAsString(change);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("An audit change must be plain values", e);
        }
    }

    private static final class InThisTransaction {
        final List<Pending> events = new ArrayList<>();
        boolean checkpoint;
    }

    private record Pending(Instant at, String actor, String action, String entityType, String entityId, String changeDigest) {
    }
}
