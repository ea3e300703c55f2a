package org.convene.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.convene.support.ConveneTest;
import org.convene.support.TimeMachine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ConveneTest
class SignedLinksTest {

    @Autowired SignedLinks links;
    @Autowired TimeMachine time;

    @Test
    void aLinkWorksForItsOwnPurposeAndSubjectUntilItExpires() {
        String token = links.sign("rsvp", "42", time.now().plus(Duration.ofHours(1)));
        assertThat(links.verify("rsvp", token)).contains("42");
        assertThat(links.verify("complete-action", token)).isEmpty();

        time.advance(Duration.ofMinutes(61));
        assertThat(links.verify("rsvp", token)).isEmpty();
    }

    @Test
    void aChangedOrMangledLinkIsRefused() {
        String token = links.sign("rsvp", "42", time.now().plus(Duration.ofDays(1)));
        String payload = new String(Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))), StandardCharsets.UTF_8);
        String otherSubject = Base64.getUrlEncoder().withoutPadding().encodeToString(payload.replace("|42|", "|43|").getBytes(StandardCharsets.UTF_8))
                + token.substring(token.indexOf('.'));
        assertThat(links.verify("rsvp", otherSubject)).isEmpty();
        assertThat(links.verify("rsvp", token + "x")).isEmpty();
        assertThat(links.verify("rsvp", "not a token")).isEmpty();
        assertThat(links.verify("rsvp", "%%%.%%%")).isEmpty();
        assertThat(links.verify("rsvp", null)).isEmpty();
    }

    /** A genuine token spelt another way (padding, or different unused low bits in its last character) is refused. */
    @Test
    void onlyTheCanonicalSpellingOfAGenuineLinkIsAccepted() {
        String token = links.sign("rsvp", "42", time.now().plus(Duration.ofDays(1)));
        String payloadPart = token.substring(0, token.indexOf('.'));
        String signaturePart = token.substring(token.indexOf('.') + 1);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        int last = alphabet.indexOf(signaturePart.charAt(signaturePart.length() - 1));
        String sameBits = signaturePart.substring(0, signaturePart.length() - 1) + alphabet.charAt(last ^ 1);
        assertThat(Base64.getUrlDecoder().decode(sameBits)).as("decodes to the same signature").isEqualTo(Base64.getUrlDecoder().decode(signaturePart));

        assertThat(links.verify("rsvp", token)).contains("42");
        assertThat(links.verify("rsvp", payloadPart + "." + sameBits)).isEmpty();
        assertThat(links.verify("rsvp", payloadPart + "." + signaturePart + "=")).isEmpty();
        String padded = payloadPart + "=".repeat((4 - payloadPart.length() % 4) % 4);
        if (!padded.equals(payloadPart)) {
            assertThat(links.verify("rsvp", padded + "." + signaturePart)).isEmpty();
        }
    }
}
