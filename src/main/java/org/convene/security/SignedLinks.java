package org.convene.security;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Service;

/**
 * Links that work without a password (in an e-mail: complete an action, answer an invitation). Each token is
 * scoped to one purpose and one subject (an action, an invitation), expires, and is signed with HMAC-SHA256, so
 * it cannot be forged or reused for anything else. A link signed with a previous key still works after the key is
 * rotated, until it expires.
 */
@Service
public class SignedLinks {

    private static final String ALGORITHM = "HmacSHA256";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SigningKey key;
    private final Clock clock;

    SignedLinks(SigningKey key, Clock clock) {
        this.key = key;
        this.clock = clock;
    }

    public String sign(String purpose, String subject, Instant expiresAt) {
        String payload = purpose + "|" + subject + "|" + expiresAt.getEpochSecond();
        return ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + ENCODER.encodeToString(mac(key.current(), payload));
    }

    /** The subject of a valid, unexpired token for this purpose; empty for anything else. */
    public Optional<String> verify(String purpose, String token) {
        if (token == null) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        try {
            byte[] payloadBytes = DECODER.decode(token.substring(0, dot));
            byte[] signature = DECODER.decode(token.substring(dot + 1));
            // Only the spelling Convene wrote: padding or unused low bits would make one link into many.
            if (!token.equals(ENCODER.encodeToString(payloadBytes) + "." + ENCODER.encodeToString(signature))) {
                return Optional.empty();
            }
            String payload = new String(payloadBytes, StandardCharsets.UTF_8);
            if (key.verifying().stream().noneMatch(k -> MessageDigest.isEqual(signature, mac(k, payload)))) {
                return Optional.empty();
            }
            String[] parts = payload.split("\\|");
            if (parts.length != 3 || !parts[0].equals(purpose)
                    || Instant.ofEpochSecond(Long.parseLong(parts[2])).isBefore(clock.instant())) {
                return Optional.empty();
            }
            return Optional.of(parts[1]);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static byte[] mac(byte[] key, String payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("Cannot sign links", e);
        }
    }
}
