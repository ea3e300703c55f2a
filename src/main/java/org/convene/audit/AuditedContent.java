package org.convene.audit;

import java.util.Map;
import java.util.stream.Stream;

/**
 * Records whose content an audit event vouches for, such as approved minutes: their approval event recorded a digest
 * of the content's hash, so the verifier recomputes that digest from what is stored now and expects to find it in the
 * trail. Each module offers its own; this one is found by the verifier without depending on them.
 */
public interface AuditedContent {

    /** What the trail should hold for each record as it is stored now. */
    Stream<Claim> claims();

    /**
     * @param change exactly the change the record's event was recorded with, recomputed from the stored content
     * @param what   how a person names the record, for the verifier's message ("the minutes of meeting 12, version 2")
     */
    record Claim(String entityType, String entityId, String action, Map<String, ?> change, String what) {
    }
}
