package org.convene.notification;

/**
 * One e-mail to one recipient. Subjects are neutral and bodies carry a link into Convene: never a child's name or
 * details. A calendar invitation travels as an iCalendar part with its METHOD (REQUEST or CANCEL).
 */
public record Mail(String recipient, String subject, String textBody, String htmlBody, CalendarPart calendar) {

    public record CalendarPart(String method, String ics) {
    }

    public static Mail of(String recipient, String subject, String textBody, String htmlBody) {
        return new Mail(recipient, subject, textBody, htmlBody, null);
    }
}
