package org.convene.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/** The SHA-256 link of the chain: it covers every column of the event and the previous event's hash. */
final class AuditHash {

    static final String GENESIS = "0".repeat(64);

    private AuditHash() {
    }

    static String of(long seq, Instant occurredAt, String actor, String action, String entityType, String entityId,
                     String changeDigest, String previousHash) {
        return sha256(String.join("\u001f", Long.toString(seq), occurredAt.toString(), actor, action, entityType,
                entityId, changeDigest, previousHash));
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
