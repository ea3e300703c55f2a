package org.convene.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.convene.shared.Hashes;

/**
 * The link of the chain: it covers every column of the event and the previous event's hash. It is keyed (HMAC-SHA256
 * with the audit key, kept outside the database), so that someone who can write to the database cannot recompute the
 * chain after changing an event. Events written before the key was introduced keep their plain SHA-256.
 */
final class AuditHash {

    static final String GENESIS = "0".repeat(64);
    private static final String HMAC = "HmacSHA256";

    private final byte[] key;

    AuditHash(byte[] key) {
        this.key = key.clone();
    }

    String of(long keyedFrom, long seq, Instant occurredAt, String actor, String action, String entityType, String entityId,
              String changeDigest, String previousHash) {
        String linked = String.join("\u001f", Long.toString(seq), occurredAt.toString(), actor, action, entityType, entityId,
                changeDigest, previousHash);
        return seq >= keyedFrom ? hmac("event\u001f" + linked) : Hashes.sha256(linked);
    }

    /** A checkpoint's signature: the same key, for a different kind of text, so that neither can pass for the other. */
    String sign(String checkpoint) {
        return hmac("checkpoint\u001f" + checkpoint);
    }

    boolean verifies(String checkpoint, String signature) {
        return MessageDigest.isEqual(sign(checkpoint).getBytes(StandardCharsets.US_ASCII), signature.getBytes(StandardCharsets.US_ASCII));
    }

    private String hmac(String text) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot compute the audit hash", e);
        }
    }
}
