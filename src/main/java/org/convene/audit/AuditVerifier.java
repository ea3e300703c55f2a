package org.convene.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks the audit chain in sequence order and names the first broken link: an event whose content no longer
 * matches its hash (altered), a gap in the sequence or a previous-hash that does not match (deleted or reordered),
 * or a chain head that points past the last event (the newest events removed).
 */
@Service
public class AuditVerifier {

    private final JdbcTemplate jdbc;

    AuditVerifier(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public AuditVerification verify() {
        var walk = new ChainWalk();
        jdbc.query("""
                select seq, occurred_at, actor, action, entity_type, entity_id, change_digest, previous_hash, hash
                from audit_event order by seq""", walk);
        if (walk.broken != null) {
            return walk.broken;
        }
        Map<String, Object> head = jdbc.queryForMap("select last_seq, last_hash from audit_chain_head where id = 1");
        long lastSeq = ((Number) head.get("last_seq")).longValue();
        if (lastSeq != walk.expectedSeq - 1 || !((String) head.get("last_hash")).trim().equals(walk.previousHash)) {
            return AuditVerification.broken(walk.checked, walk.expectedSeq,
                    "the chain head records event " + lastSeq + " but the trail ends at event " + (walk.expectedSeq - 1));
        }
        return AuditVerification.intact(walk.checked);
    }

    private static final class ChainWalk implements RowCallbackHandler {
        long expectedSeq = 1;
        long checked;
        String previousHash = AuditHash.GENESIS;
        AuditVerification broken;

        @Override
        public void processRow(ResultSet row) throws SQLException {
            if (broken != null) {
                return;
            }
            long seq = row.getLong("seq");
            String storedPrevious = row.getString("previous_hash").trim();
            String storedHash = row.getString("hash").trim();
            String recomputed = AuditHash.of(seq, row.getTimestamp("occurred_at").toInstant(), row.getString("actor"),
                    row.getString("action"), row.getString("entity_type"), row.getString("entity_id"),
                    row.getString("change_digest").trim(), storedPrevious);
            if (seq != expectedSeq) {
                broken = AuditVerification.broken(checked, expectedSeq, "event " + expectedSeq + " is missing (next found is " + seq + ")");
            } else if (!storedPrevious.equals(previousHash)) {
                broken = AuditVerification.broken(checked, seq, "its previous-hash does not match event " + (seq - 1));
            } else if (!recomputed.equals(storedHash)) {
                broken = AuditVerification.broken(checked, seq, "its content does not match its hash");
            } else {
                checked++;
                expectedSeq++;
                previousHash = storedHash;
            }
        }
    }
}
