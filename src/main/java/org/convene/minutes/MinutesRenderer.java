package org.convene.minutes;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.convene.calendar.CalendarProperties;
import org.convene.shared.Documents;
import org.springframework.stereotype.Component;

/**
 * Minutes as a document: the same FreeMarker template for the PDF as for the page, from the reader's own copy, so
 * that what they download matches what they read.
 */
@Component
class MinutesRenderer {

    private final Documents documents;
    private final DateTimeFormatter when;

    MinutesRenderer(Documents documents, CalendarProperties calendar) {
        this.documents = documents;
        this.when = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.UK).withZone(calendar.zone());
    }

    DateTimeFormatter when() {
        return when;
    }

    byte[] pdf(MinutesService.MinutesCopy copy) {
        return documents.pdf(documents.render("minutes/document.ftlh", Map.of("copy", copy, "when", when)));
    }
}
