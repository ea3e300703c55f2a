package org.convene.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;

/** Outside the demo the links' key comes from configuration, never the database; rotating it breaks no live link. */
class SigningKeyTest {

    static final String OLD = "an-old-key-of-at-least-thirty-two-characters";
    static final String NEW = "a-new-key-of-at-least-thirty-two-characters-too";
    final Clock clock = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);
    final ObjectProvider<JdbcTemplate> noDatabase = null;

    @Test
    void outsideTheDemoConveneRefusesToStartWithoutAConfiguredKey() {
        assertThatThrownBy(() -> new SigningKey("", List.of(), false, noDatabase))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("CONVENE_LINKS_SECRET");
        assertThatThrownBy(() -> new SigningKey("too-short", List.of(), false, noDatabase))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("at least 32 characters");
    }

    @Test
    void aLinkSignedWithThePreviousKeyWorksAfterRotationUntilThatKeyIsRetired() {
        String signedBefore = links(OLD).sign("rsvp", "42", clock.instant().plus(Duration.ofDays(1)));

        SignedLinks rotated = links(NEW, OLD);
        assertThat(rotated.verify("rsvp", signedBefore)).contains("42");
        String signedAfter = rotated.sign("rsvp", "43", clock.instant().plus(Duration.ofDays(1)));
        assertThat(links(NEW).verify("rsvp", signedAfter)).as("new links are signed with the new key").contains("43");
        assertThat(links(OLD).verify("rsvp", signedAfter)).isEmpty();

        assertThat(links(NEW).verify("rsvp", signedBefore)).as("once the old key is retired").isEmpty();
    }

    private SignedLinks links(String secret, String... previous) {
        return new SignedLinks(new SigningKey(secret, List.of(previous), false, noDatabase), clock);
    }
}
