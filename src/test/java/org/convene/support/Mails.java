package org.convene.support;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.base.GreenMailOperations;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** Mails as a recipient finds them in GreenMail, waited for as they arrive. */
public final class Mails {

    private Mails() {
    }

    /** The first mail to the recipient with the subject, once it has arrived. */
    public static MimeMessage waitFor(GreenMailOperations smtp, String recipient, String subject) {
        return waitFor(smtp, recipient, subject, 1);
    }

    /** The {@code nth} mail to the recipient with the subject, once that many have arrived. */
    public static MimeMessage waitFor(GreenMailOperations smtp, String recipient, String subject, int nth) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> to(smtp, recipient, subject), mails -> mails.size() >= nth).get(nth - 1);
    }

    /** A mail's body as its recipient reads it: quoted-printable's soft line breaks and escaped equals signs undone. */
    public static String text(MimeMessage message) {
        return GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "=");
    }

    private static List<MimeMessage> to(GreenMailOperations smtp, String recipient, String subject) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getSubject().equals(subject) && Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(recipient));
            } catch (MessagingException e) {
                return false;
            }
        }).toList();
    }
}
