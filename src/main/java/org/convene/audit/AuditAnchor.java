package org.convene.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.convene.shared.Secrets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where the audit trail is anchored outside the database: the key of its hashes ({@code convene.audit.key}, from the
 * environment or a secret store) and the directory its signed checkpoints are appended to
 * ({@code convene.audit.anchor-dir}: a volume the database's users cannot write, append-only where the file system
 * allows). Outside the demo Convene does not start without the key; the demo makes one up and keeps it in that
 * directory, never in the database.
 */
@Configuration(proxyBeanMethods = false)
class AuditAnchor {

    @Bean
    AuditHash auditHash(@Value("${convene.audit.key:}") String configured, @Value("${convene.demo-data:false}") boolean demo,
                        @Value("${convene.audit.anchor-dir:./data/audit}") Path directory) {
        return new AuditHash(Secrets.configured(configured, "convene.audit.key", "CONVENE_AUDIT_KEY", "the audit trail", demo)
                .orElseGet(() -> demoKey(directory.resolve("demo-audit.key"))));
    }

    @Bean
    AuditCheckpoints auditCheckpoints(@Value("${convene.audit.anchor-dir:./data/audit}") Path directory, AuditHash hash,
                                      org.springframework.jdbc.core.JdbcTemplate jdbc, java.time.Clock clock) {
        return new AuditCheckpoints(directory.resolve("checkpoints.log"), hash, jdbc, clock);
    }

    private static byte[] demoKey(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                byte[] random = new byte[32];
                new SecureRandom().nextBytes(random);
                Files.writeString(file, HexFormat.of().formatHex(random));
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException notPosix) {
                    // Windows: the directory's own permissions apply
                }
            }
            return Files.readString(file).strip().getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the demo's audit key in " + file, e);
        }
    }
}
