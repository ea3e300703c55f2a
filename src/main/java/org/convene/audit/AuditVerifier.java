package org.convene.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks the audit trail, and names the first thing wrong:
 * <ul>
 * <li>an event whose content no longer matches its keyed hash (altered, even with every later hash recomputed by
 * someone without the key), a gap in the sequence or a previous-hash that does not match (deleted or reordered), or a
 * chain head that points past the last event;</li>
 * <li>a chain that no longer holds the newest signed checkpoint outside the database (the newest events removed and
 * the head moved back, or the chain rewritten before it), or a checkpoint line not signed with the audit key;</li>
 * <li>a record whose stored content no longer matches what the event that approved it recorded (minutes edited and
 * their content hash recomputed).</li>
 * </ul>
 */
@Service
public class AuditVerifier {

    private final JdbcTemplate jdbc;
    private final AuditHash hash;
    private final AuditCheckpoints checkpoints;
    private final AuditTrail trail;
    private final List<AuditedContent> contents;

    AuditVerifier(JdbcTemplate jdbc, AuditHash hash, AuditCheckpoints checkpoints, AuditTrail trail, List<AuditedContent> contents) {
        this.jdbc = jdbc;
        this.hash = hash;
        this.checkpoints = checkpoints;
        this.trail = trail;
        this.contents = contents;
    }

    @Transactional(readOnly = true)
    public AuditVerification verify() {
        AuditCheckpoints.Anchored anchored = checkpoints.read();
        if (anchored.firstForgedLine() != null) {
            return AuditVerification.broken(0, null, "line " + anchored.firstForgedLine() + " of the checkpoint file " + checkpoints.file()
                    + " is not a checkpoint signed with the audit key");
        }
        AuditCheckpoints.Checkpoint newest = anchored.newest().orElse(null);
        ChainHead head = ChainHead.read(jdbc);
        long keyedFrom = head.keyedFrom();
        if (newest != null && newest.keyedFrom() != keyedFrom) {
            return AuditVerification.broken(0, null, "the chain head says hashes are keyed from event " + keyedFrom
                    + " but the signed checkpoints say from event " + newest.keyedFrom());
        }

        var walk = new ChainWalk(keyedFrom, anchored.checkpoints());
        jdbc.query("""
                select seq, occurred_at, actor, action, entity_type, entity_id, change_digest, previous_hash, hash
                from audit_event order by seq""", walk);
        if (walk.broken != null) {
            return walk.broken;
        }
        long lastSeq = head.lastSeq();
        if (lastSeq != walk.expectedSeq - 1 || !head.lastHash().equals(walk.previousHash)) {
            return AuditVerification.broken(walk.checked, walk.expectedSeq,
                    "the chain head records event " + lastSeq + " but the trail ends at event " + (walk.expectedSeq - 1));
        }
        for (AuditCheckpoints.Checkpoint checkpoint : anchored.checkpoints()) {
            if (checkpoint.seq() > walk.expectedSeq - 1) {
                return AuditVerification.broken(walk.checked, walk.expectedSeq, "a signed checkpoint records " + checkpoint.seq()
                        + " events but the trail ends at event " + (walk.expectedSeq - 1) + ": the newest events were removed");
            }
        }
        long records = 0;
        for (AuditedContent content : contents) {
            for (AuditedContent.Claim claim : (Iterable<AuditedContent.Claim>) content.claims()::iterator) {
                Integer vouched = jdbc.queryForObject("""
                        select count(*) from audit_event where entity_type = ? and entity_id = ? and action = ? and change_digest = ?""",
                        Integer.class, claim.entityType(), claim.entityId(), claim.action(), trail.digest(claim.change()));
                if (vouched == null || vouched == 0) {
                    return AuditVerification.broken(walk.checked, null, claim.what() + " no longer match what was recorded when they were approved");
                }
                records++;
            }
        }
        return AuditVerification.intact(walk.checked, newest, records);
    }

    /** Walks the chain in order, checking each link and, at each checkpoint's event, the hash the checkpoint signed. */
    private final class ChainWalk implements RowCallbackHandler {
        final long keyedFrom;
        final Map<Long, List<String>> signedHashes;
        long expectedSeq = 1;
        long checked;
        String previousHash = AuditHash.GENESIS;
        AuditVerification broken;

        ChainWalk(long keyedFrom, List<AuditCheckpoints.Checkpoint> checkpoints) {
            this.keyedFrom = keyedFrom;
            this.signedHashes = checkpoints.stream().collect(Collectors.groupingBy(AuditCheckpoints.Checkpoint::seq,
                    Collectors.mapping(AuditCheckpoints.Checkpoint::hash, Collectors.toList())));
        }

        @Override
        public void processRow(ResultSet row) throws SQLException {
            if (broken != null) {
                return;
            }
            long seq = row.getLong("seq");
            String storedPrevious = row.getString("previous_hash").trim();
            String storedHash = row.getString("hash").trim();
            String recomputed = hash.of(keyedFrom, seq, row.getTimestamp("occurred_at").toInstant(), row.getString("actor"),
                    row.getString("action"), row.getString("entity_type"), row.getString("entity_id"),
                    row.getString("change_digest").trim(), storedPrevious);
            if (seq != expectedSeq) {
                broken = AuditVerification.broken(checked, expectedSeq, "event " + expectedSeq + " is missing (next found is " + seq + ")");
            } else if (!storedPrevious.equals(previousHash)) {
                broken = AuditVerification.broken(checked, seq, "its previous-hash does not match event " + (seq - 1));
            } else if (!recomputed.equals(storedHash)) {
                broken = AuditVerification.broken(checked, seq, "its content does not match its hash");
            } else if (signedHashes.getOrDefault(seq, List.of()).stream().anyMatch(signed -> !signed.equals(storedHash))) {
                broken = AuditVerification.broken(checked, seq, "the trail up to this event differs from a signed checkpoint: it was rewritten");
            } else {
                checked++;
                expectedSeq++;
                previousHash = storedHash;
            }
        }
    }
}
