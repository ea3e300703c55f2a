package org.convene.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import org.convene.directory.Agency;
import org.convene.directory.AgencyKind;
import org.convene.directory.Directory;
import org.convene.support.Concerns;
import org.convene.support.ConveneTest;
import org.convene.support.TestPorts;
import org.convene.support.TimeMachine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A mail that cannot be delivered is never silently dropped: it becomes a task for whoever follows it up (for an
 * invitation, the meeting's chair), it is sent when the server returns, and it can be sent again or marked dealt with.
 */
@ConveneTest
class UndeliveredMailTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(TestPorts.SMTP, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Autowired Concerns concerns;
    @Autowired Directory directory;
    @Autowired Outbox outbox;
    @Autowired OutboxMailRepository mails;
    @Autowired MailProperties properties;
    @Autowired TransactionTemplate transaction;
    @Autowired JdbcTemplate jdbc;
    @Autowired TimeMachine time;
    @Autowired MockMvc mvc;

    @Test
    void anInvitationTheServerCannotTakeBecomesTheChairsTaskAndIsSentWhenTheServerReturns() throws Exception {
        smtp.stop();
        long cara = directory.personByUsername("cara.chair").orElseThrow().id();
        long meeting = concerns.discussion("cara.chair", "Una Undelivered", cara);
        Agency police = directory.agencies().stream().filter(a -> a.kind() == AgencyKind.POLICE).findFirst().orElseThrow();
        concerns.convene(meeting, 10, "Room 3");
        String sql = "select id from outbox_mail where about_path = ? and recipient = ? and calendar_method = 'REQUEST'";
        await().atMost(Duration.ofSeconds(20)).until(() -> !jdbc.queryForList(sql, Long.class, "/meetings/" + meeting, police.dutyEmail()).isEmpty());
        long invitation = jdbc.queryForObject(sql, Long.class, "/meetings/" + meeting, police.dutyEmail());
        assertThat(mails.findById(invitation).orElseThrow().followUpPersonId()).as("the chair follows up an invitation").isEqualTo(cara);

        failEveryAttempt(invitation);
        OutboxMail failed = mails.findById(invitation).orElseThrow();
        assertThat(failed.failure()).isEqualTo(MailFailure.UNREACHABLE);
        assertThat(failed.status()).isEqualTo(OutboxStatus.FAILED);
        assertThat(failed.dealtWithAt()).as("waiting to be followed up").isNull();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'mail.undelivered' and entity_id = ?",
                Integer.class, String.valueOf(invitation))).isEqualTo(1);
        assertThat(page("/", "cara.chair")).contains("could not be delivered", "/mail/undelivered");
        assertThat(page("/mail/undelivered", "cara.chair")).contains(police.dutyEmail(), "/meetings/" + meeting, "Convene keeps trying");
        assertThat(page("/mail/undelivered", "pat.police")).doesNotContain(police.dutyEmail());
        mvc.perform(post("/mail/undelivered/" + invitation + "/dealt-with").with(user("pat.police")).with(csrf()))
                .andExpect(status().isNotFound());

        smtp.start();
        queue(unique("first-after-outage"));
        await().atMost(Duration.ofSeconds(30)).until(() -> mails.findById(invitation).orElseThrow().status() == OutboxStatus.SENT);
        assertThat(receivedWithId(failed.messageId())).as("sent once, when another mail showed the server was back").isEqualTo(1);
        assertThat(page("/mail/undelivered", "cara.chair")).doesNotContain("mail-" + invitation + "\"");
    }

    @Test
    void aRefusedAddressIsATaskAtOnceAndOnceDealtWithIsNeverTriedAgain() throws Exception {
        long cara = directory.personByUsername("cara.chair").orElseThrow().id();
        long refused = transaction.execute(status -> outbox.queue(
                Mail.of("nobody@@" + UUID.randomUUID() + ".convene.example", "A neutral subject", "body", null).followedUpBy(cara, "/meetings/1")));
        await().atMost(Duration.ofSeconds(20)).until(() -> mails.findById(refused).orElseThrow().status() == OutboxStatus.FAILED);
        assertThat(mails.findById(refused).orElseThrow().failure()).isEqualTo(MailFailure.REFUSED);
        assertThat(page("/mail/undelivered", "cara.chair")).contains("mail-" + refused + "\"", "the address may be wrong");

        mvc.perform(post("/mail/undelivered/" + refused + "/dealt-with").with(user("cara.chair")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(page("/mail/undelivered", "cara.chair")).doesNotContain("mail-" + refused + "\"");
        assertThat(jdbc.queryForObject("select actor from audit_event where action = 'mail.dealt-with' and entity_id = ?",
                String.class, String.valueOf(refused))).isEqualTo("cara.chair");
        mvc.perform(post("/mail/undelivered/" + refused + "/dealt-with").with(user("cara.chair")).with(csrf()))
                .andExpect(status().isOk());

        time.advance(properties.longestRetryWait().plusMinutes(1));
        String later = unique("after-dealt-with");
        queue(later);
        await().atMost(Duration.ofSeconds(20)).until(() -> received(later) == 1);
        assertThat(mails.findById(refused).orElseThrow().attempts()).as("not tried again").isEqualTo(1);
    }

    @Test
    void anAdminSendsAFailedMailAgainFromTheOutbox() throws Exception {
        long refused = transaction.execute(status -> outbox.queue(
                Mail.of("nobody@@" + UUID.randomUUID() + ".convene.example", "A neutral subject", "body", null)));
        await().atMost(Duration.ofSeconds(20)).until(() -> mails.findById(refused).orElseThrow().status() == OutboxStatus.FAILED);
        assertThat(page("/admin/outbox/" + refused, "ada.admin", "ADMIN")).contains("Send it again", "refused by the mail server");
        mvc.perform(post("/admin/outbox/" + refused + "/resend").with(user("cara.chair").roles("CHAIR")).with(csrf()))
                .andExpect(status().isForbidden());

        mvc.perform(post("/admin/outbox/" + refused + "/resend").with(user("ada.admin").roles("ADMIN")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select actor from audit_event where action = 'mail.resent' and entity_id = ?",
                String.class, String.valueOf(refused))).isEqualTo("ada.admin");
        await().atMost(Duration.ofSeconds(20)).until(() -> mails.findById(refused).orElseThrow().attempts() == 1
                && mails.findById(refused).orElseThrow().status() == OutboxStatus.FAILED);
    }

    /** Moves the clock past each retry's wait until the mail has used every attempt. */
    private void failEveryAttempt(long id) {
        for (int attempt = 1; attempt <= properties.maxAttempts(); attempt++) {
            int expected = attempt;
            await().atMost(Duration.ofSeconds(20)).until(() -> mails.findById(id).orElseThrow().attempts() >= expected);
            if (attempt < properties.maxAttempts()) {
                time.advance(properties.longestRetryWait());
            }
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> mails.findById(id).orElseThrow().status() == OutboxStatus.FAILED);
    }

    private String page(String path, String username, String... roles) throws Exception {
        return mvc.perform(get(path).with(user(username).roles(roles.length == 0 ? new String[] {"CHAIR"} : roles)))
                .andReturn().getResponse().getContentAsString();
    }

    private void queue(String recipient) {
        transaction.executeWithoutResult(status -> outbox.queue(Mail.of(recipient, "A neutral subject", "body", null)));
    }

    private static long received(String recipient) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(recipient));
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).count();
    }

    private static long receivedWithId(String messageId) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return messageId.equals(m.getMessageID());
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).count();
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@convene.example";
    }
}
