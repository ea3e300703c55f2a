package org.convene.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import org.convene.support.ConveneTest;
import org.convene.support.TestPorts;
import org.convene.support.TimeMachine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@ConveneTest
class OutboxTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(TestPorts.SMTP, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Autowired Outbox outbox;
    @Autowired OutboxMailRepository mails;
    @Autowired TransactionTemplate transaction;
    @Autowired TimeMachine time;
    @Autowired OutboxDispatcher dispatcher;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aQueuedMailIsSentOnceThroughSmtp() throws Exception {
        String recipient = unique("sent");
        queue(recipient);
        await().atMost(Duration.ofSeconds(20)).until(() -> received(recipient).length == 1);
        MimeMessage message = received(recipient)[0];
        assertThat(message.getSubject()).isEqualTo("A neutral subject");
        assertThat(GreenMailUtil.getBody(message)).contains("https://convene.example/x");
        await().atMost(Duration.ofSeconds(10)).until(() -> mails.findByRecipientOrderById(recipient).getFirst().status() == OutboxStatus.SENT);
        assertThat(received(recipient)).hasSize(1);
    }

    @Test
    void aMailQueuedInARolledBackTransactionIsNeverSent() {
        String recipient = unique("rolled-back");
        transaction.executeWithoutResult(status -> {
            outbox.queue(Mail.of(recipient, "A neutral subject", "body", null));
            status.setRollbackOnly();
        });
        assertThat(mails.findByRecipientOrderById(recipient)).isEmpty();
    }

    @Test
    void whileSmtpIsDownNothingIsLostAndTheMailArrivesOnceWhenItReturns() throws Exception {
        smtp.stop();
        String recipient = unique("late");
        queue(recipient);
        await().atMost(Duration.ofSeconds(20)).until(() -> mails.findByRecipientOrderById(recipient).getFirst().attempts() >= 1);
        OutboxMail waiting = mails.findByRecipientOrderById(recipient).getFirst();
        assertThat(waiting.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(waiting.lastError()).isNotBlank();

        smtp.start();
        time.advance(Duration.ofMinutes(2));
        await().atMost(Duration.ofSeconds(20)).until(() -> received(recipient).length == 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> mails.findByRecipientOrderById(recipient).getFirst().status() == OutboxStatus.SENT);
        assertThat(received(recipient)).hasSize(1);
        assertThat(mails.findByRecipientOrderById(recipient)).hasSize(1);
    }

    /**
     * A mail being sent is its sender's until the lease runs out: another replica, or this one started again, leaves it
     * alone until then, and afterwards sends it once, with the same Message-ID.
     */
    @Test
    void aMailClaimedByASenderThatStoppedIsSentOnceItsLeaseRunsOutWithItsOwnMessageId() throws Exception {
        String recipient = unique("interrupted");
        String messageId = "<" + UUID.randomUUID() + "@convene>";
        jdbc.update("""
                insert into outbox_mail (message_id, recipient, subject, body_text, status, attempts, next_attempt_at, created_at,
                    claimed_by, claimed_until)
                values (?, ?, 'A neutral subject', 'body', 'SENDING', 0, current_timestamp, current_timestamp, 'another replica', ?)""",
                messageId, recipient, Timestamp.from(time.now().plus(Duration.ofMinutes(5))));

        assertThat(dispatcher.releaseExpiredClaims()).as("released while its lease runs").isZero();
        assertThat(mails.findByRecipientOrderById(recipient).getFirst().status()).isEqualTo(OutboxStatus.SENDING);

        time.advance(Duration.ofMinutes(6));
        await().atMost(Duration.ofSeconds(20)).until(() -> received(recipient).length == 1);
        assertThat(received(recipient)[0].getMessageID()).isEqualTo(messageId);
        await().atMost(Duration.ofSeconds(10)).until(() -> mails.findByRecipientOrderById(recipient).getFirst().status() == OutboxStatus.SENT);
        assertThat(received(recipient)).hasSize(1);
    }

    @Test
    void anAddressTheServerCannotUseFailsForGoodAndIsShownToAdmins() {
        String recipient = "bad@@" + UUID.randomUUID() + ".convene.example";
        transaction.executeWithoutResult(status -> outbox.queue(Mail.of(recipient, "A neutral subject", "body", null)));
        await().atMost(Duration.ofSeconds(20)).until(() -> mails.findByRecipientOrderById(recipient).getLast().status() == OutboxStatus.FAILED);
        assertThat(mails.countByStatus(OutboxStatus.FAILED)).isPositive();
    }

    private void queue(String recipient) {
        transaction.executeWithoutResult(status ->
                outbox.queue(Mail.of(recipient, "A neutral subject", "Open it: https://convene.example/x", "<p>Open it</p>")));
    }

    private static MimeMessage[] received(String recipient) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(recipient));
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).toArray(MimeMessage[]::new);
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@convene.example";
    }
}
