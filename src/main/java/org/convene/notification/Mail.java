package org.convene.notification;

/**
 * One e-mail to one recipient. Subjects are neutral and bodies carry a link into Convene: never a child's name or
 * details. A calendar invitation travels as an iCalendar part with its METHOD (REQUEST or CANCEL). The follow-up
 * names who is given a task if the mail cannot be delivered (with none, only admins see it, in the outbox).
 */
public record Mail(String recipient, String subject, String textBody, String htmlBody, CalendarPart calendar, FollowUp followUp) {

    public record CalendarPart(String method, String ics) {
    }

    /** Who follows up an undelivered mail, and the page of what it was about (a path such as {@code /meetings/12}). */
    public record FollowUp(long personId, String about) {
    }

    public static Mail of(String recipient, String subject, String textBody, String htmlBody) {
        return new Mail(recipient, subject, textBody, htmlBody, null, null);
    }

    public Mail withCalendar(String method, String ics) {
        return new Mail(recipient, subject, textBody, htmlBody, new CalendarPart(method, ics), followUp);
    }

    /** With no one to follow up ({@code personId} null) the mail is unchanged. */
    public Mail followedUpBy(Long personId, String about) {
        return personId == null ? this : new Mail(recipient, subject, textBody, htmlBody, calendar, new FollowUp(personId, about));
    }
}
