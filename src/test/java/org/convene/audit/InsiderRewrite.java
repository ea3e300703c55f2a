package org.convene.audit;

import java.time.Instant;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** What an insider with write access to the database does: change one event, then recompute every later link and the head. */
final class InsiderRewrite {

    /** How the insider computes a link: without the audit key, or (to test the checkpoints alone) with it. */
    interface Link {
        String of(long seq, Instant occurredAt, String actor, String action, String entityType, String entityId, String changeDigest,
                  String previousHash);
    }

    private InsiderRewrite() {
    }

    static void changeActorAndRechain(JdbcTemplate jdbc, long changed, String actor, Link link) {
        String previous = jdbc.queryForObject("select previous_hash from audit_event where seq = ?", String.class, changed).trim();
        for (Map<String, Object> row : jdbc.queryForList("select * from audit_event where seq >= ? order by seq", changed)) {
            long seq = ((Number) row.get("seq")).longValue();
            String rowActor = seq == changed ? actor : (String) row.get("actor");
            String rechained = link.of(seq, ((java.sql.Timestamp) row.get("occurred_at")).toInstant(), rowActor, (String) row.get("action"),
                    (String) row.get("entity_type"), (String) row.get("entity_id"), ((String) row.get("change_digest")).trim(), previous);
            jdbc.update("update audit_event set actor = ?, previous_hash = ?, hash = ? where seq = ?", rowActor, previous, rechained, seq);
            previous = rechained;
        }
        jdbc.update("update audit_chain_head set last_hash = ?", previous);
    }
}
