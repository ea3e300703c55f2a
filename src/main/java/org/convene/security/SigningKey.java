package org.convene.security;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The key that signs links: {@code convene.links.secret} when set (production: from the council's secret store),
 * otherwise a random key generated once and kept in the database, so that links survive a restart.
 */
@Component
class SigningKey {

    private final byte[] bytes;

    SigningKey(@Value("${convene.links.secret:}") String configured, JdbcTemplate jdbc) {
        this.bytes = configured.isBlank() ? stored(jdbc) : configured.getBytes(StandardCharsets.UTF_8);
    }

    byte[] bytes() {
        return bytes.clone();
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
