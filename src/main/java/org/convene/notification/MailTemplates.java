package org.convene.notification;

import java.util.HashMap;
import java.util.Map;
import org.convene.shared.Documents;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Renders a mail from {@code templates/mail/NAME.txt.ftl} and {@code NAME.html.ftlh}; the first line of the text
 * template, after "Subject: ", is the subject. Every template is given {@code baseUrl} for its links.
 */
@Service
public class MailTemplates {

    private static final String SUBJECT = "Subject: ";
    private final Documents documents;
    private final String baseUrl;

    MailTemplates(Documents documents, @Value("${convene.base-url}") String baseUrl) {
        this.documents = documents;
        this.baseUrl = baseUrl;
    }

    public Mail render(String name, String recipient, Map<String, ?> model) {
        Map<String, Object> data = new HashMap<>(model);
        data.put("baseUrl", baseUrl);
        String text = documents.render("mail/" + name + ".txt.ftl", data);
        if (!text.startsWith(SUBJECT)) {
            throw new IllegalStateException("Mail template " + name + " must start with '" + SUBJECT + "'");
        }
        int endOfSubject = text.indexOf('\n');
        String subject = text.substring(SUBJECT.length(), endOfSubject).trim();
        String body = text.substring(endOfSubject + 1).stripLeading();
        String html = documents.render("mail/" + name + ".html.ftlh", data);
        return Mail.of(recipient, subject, body, html);
    }

}
