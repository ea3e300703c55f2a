package org.convene.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.convene.support.ConveneTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/** The morning's checkpoint goes to the auditor, exactly as it was appended to the checkpoint file. */
@ConveneTest
class AuditCheckpointMailTest {

    @Autowired AuditCheckpointMail checkpointMail;
    @Autowired OutboxMailRepository mails;
    @Autowired Environment environment;

    @Test
    void theAuditorGetsTheCheckpointWrittenToTheFile() throws Exception {
        String auditor = environment.getRequiredProperty("convene.audit.auditor-email");
        int before = mails.findByRecipientOrderById(auditor).size();
        checkpointMail.send();

        var sent = mails.findByRecipientOrderById(auditor);
        assertThat(sent).hasSize(before + 1);
        String body = sent.getLast().bodyText();
        var checkpointLines = Files.readAllLines(java.nio.file.Path.of(environment.getRequiredProperty("convene.audit.anchor-dir"), "checkpoints.log"));
        String newest = checkpointLines.getLast();
        assertThat(body).contains(newest);
        assertThat(sent.getLast().subject()).startsWith("Convene audit trail checkpoint");
    }
}
