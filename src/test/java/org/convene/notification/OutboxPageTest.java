package org.convene.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.UUID;
import org.convene.support.ConveneTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** An admin reads every mail in the outbox, but not the signed links that would let them act as its recipient. */
@ConveneTest
class OutboxPageTest {

    @Autowired Outbox outbox;
    @Autowired OutboxMailRepository mails;
    @Autowired MockMvc mvc;
    @Autowired TransactionTemplate transaction;

    @Test
    void anAdminSeesAMailWithItsSignedLinksHidden() throws Exception {
        String token = "cmlzdnB8NDJ8MTc2NDI3MDAwMA.k3J9aZ-Qx_7Pq1Lm8nB2cV4dE6fG0hI5jK8lM1nO3pQ";
        // To an address of this test's own: a mail to a real person about "action 7" would be counted by any test that
        // raised a seventh action for them (it doubled ActionLifecycleTest's assignment mail once).
        String recipient = "outbox-page-" + UUID.randomUUID() + "@convene.example";
        long id = transaction.execute(status -> outbox.queue(Mail.of(recipient, "An action has been assigned to you",
                "Complete it here:\nhttp://localhost:8080/actions/7/complete?token=" + token + "\n\nOr open it:\nhttp://localhost:8080/actions/7\n",
                "<p><a href=\"http://localhost:8080/actions/7/complete?token=" + token + "\">Complete it</a></p>")));
        String page = mvc.perform(get("/admin/outbox/" + id).with(user("ada.admin").roles("ADMIN"))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("An action has been assigned to you", "/actions/7/complete?token=(hidden", "http://localhost:8080/actions/7")
                .doesNotContain(token, token.substring(0, 20));
        assertThat(mails.findById(id).orElseThrow().bodyText()).as("the mail itself is unchanged").contains(token);
    }
}
