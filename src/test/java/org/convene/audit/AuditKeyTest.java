package org.convene.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit key is never in the database: configured outside the demo, kept beside the checkpoints in the demo. */
class AuditKeyTest {

    @TempDir Path anchor;

    @Test
    void outsideTheDemoConveneRefusesToStartWithoutAnAuditKey() {
        assertThatThrownBy(() -> new AuditAnchor().auditHash("", false, anchor))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("CONVENE_AUDIT_KEY");
        assertThatThrownBy(() -> new AuditAnchor().auditHash("short", false, anchor)).hasMessageContaining("at least 32 characters");
    }

    @Test
    void theDemoMakesUpAKeyOnceAndKeepsItInTheAnchorDirectory() {
        AuditHash first = new AuditAnchor().auditHash("", true, anchor);
        AuditHash again = new AuditAnchor().auditHash("", true, anchor);
        assertThat(Files.exists(anchor.resolve("demo-audit.key"))).isTrue();
        Instant at = Instant.parse("2026-11-27T10:00:00Z");
        assertThat(again.of(1, 1, at, "a", "b", "c", "d", "e", AuditHash.GENESIS)).isEqualTo(first.of(1, 1, at, "a", "b", "c", "d", "e", AuditHash.GENESIS))
                .as("keyed, not the plain SHA-256").isNotEqualTo(first.of(2, 1, at, "a", "b", "c", "d", "e", AuditHash.GENESIS));
    }
}
