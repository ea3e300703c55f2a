package org.convene.security;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.convene.shared.Secrets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The keys that sign links. Outside the demo the key must come from {@code convene.links.secret} (the environment or
 * the council's secret store): a key kept in the database would let anyone who can read it forge links, so Convene
 * refuses to start without one. Keys named in {@code convene.links.previous-secrets} still verify links they signed,
 * so that rotating the key breaks no link before it expires. Only the demo generates a key and keeps it in the database.
 */
@Component
class SigningKey {

    private static final Logger log = LoggerFactory.getLogger(SigningKey.class);

    private final byte[] current;
    private final List<byte[]> previous = new ArrayList<>();

    SigningKey(@Value("${convene.links.secret:}") String configured, @Value("${convene.links.previous-secrets:}") List<String> previousSecrets,
               @Value("${convene.demo-data:false}") boolean demo, ObjectProvider<JdbcTemplate> jdbc) {
        current = Secrets.configured(configured, "convene.links.secret", "CONVENE_LINKS_SECRET", "password-free links", demo).orElseGet(() -> {
            log.warn("Password-free links are signed with a key made up for the demo and kept in the database; set CONVENE_LINKS_SECRET outside the demo");
            return stored(jdbc.getObject());
        });
        for (String secret : previousSecrets) {
            if (!secret.isBlank()) {
                previous.add(Secrets.checked(secret.strip(), "convene.links.previous-secrets"));
            }
        }
    }

    /** The key that signs new links. */
    byte[] current() {
        return current.clone();
    }

    /** Every key a link may have been signed with: the current one first. */
    List<byte[]> verifying() {
        List<byte[]> keys = new ArrayList<>();
        keys.add(current.clone());
        previous.forEach(key -> keys.add(key.clone()));
        return keys;
    }


    private static byte[] stored(JdbcTemplate jdbc) {
        var existing = jdbc.queryForList("select secret from signing_key where id = 1", String.class);
        if (existing.isEmpty()) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            try {
                jdbc.update("insert into signing_key (id, secret) values (1, ?)", Base64.getEncoder().encodeToString(random));
            } catch (DuplicateKeyException anotherInstanceWasFirst) {
                // keep the key it stored
            }
            existing = jdbc.queryForList("select secret from signing_key where id = 1", String.class);
        }
        return Base64.getDecoder().decode(existing.getFirst());
    }
}
