package org.convene.minutes;

import java.util.Map;
import org.convene.shared.Documents;
import org.springframework.stereotype.Component;

/**
 * Minutes as a document: the same FreeMarker template for the PDF as for the page, from the reader's own copy, so
 * that what they download matches what they read.
 */
@Component
class MinutesRenderer {

    private final Documents documents;

    MinutesRenderer(Documents documents) {
        this.documents = documents;
    }

    byte[] pdf(MinutesService.MinutesCopy copy) {
        return documents.pdf(documents.render("minutes/document.ftlh", Map.of("copy", copy)));
    }
}
