package org.convene.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;

/**
 * Values a page's form sends, read into what the services take. A value that is missing or not one of the form's own
 * choices (a hand-made or stale request) is an {@link InvalidRequestException} with a message for the person, never a
 * server error.
 */
public final class FormFields {

    private FormFields() {
    }

    /** A date entered as GOV.UK's three fields: day, month and year. */
    public static LocalDate date(String day, String month, String year) {
        try {
            return LocalDate.of(Integer.parseInt(year.trim()), Integer.parseInt(month.trim()), Integer.parseInt(day.trim()));
        } catch (NullPointerException | NumberFormatException | DateTimeException e) {
            throw new InvalidRequestException("Enter a real date, for example 27 3 2027.");
        }
    }

    /** One of a set of radio buttons or options, by its constant's name. */
    public static <E extends Enum<E>> E choice(Class<E> type, String value, String message) {
        E chosen = optionalChoice(type, value, message);
        if (chosen == null) {
            throw new InvalidRequestException(message);
        }
        return chosen;
    }

    /** As {@link #choice}, with nothing chosen meaning null. */
    public static <E extends Enum<E>> E optionalChoice(Class<E> type, String value, String message) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(message);
        }
    }

    /** The id of something that must be chosen from a list. */
    public static long id(String value, String message) {
        Long id = optionalId(value);
        if (id == null) {
            throw new InvalidRequestException(message);
        }
        return id;
    }

    /** The id of something chosen from a list, or null when nothing was chosen. */
    public static Long optionalId(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("Choose from the list.");
        }
    }

    /** A person or an agency chosen from one list, whose options are "person:12" or "agency:3". */
    public static PersonOrAgency personOrAgency(String value, String message) {
        if (value != null) {
            try {
                if (value.startsWith("person:")) {
                    return new PersonOrAgency(Long.parseLong(value.substring(7)), null);
                }
                if (value.startsWith("agency:")) {
                    return new PersonOrAgency(null, Long.parseLong(value.substring(7)));
                }
            } catch (NumberFormatException e) {
                // the message below says what to do
            }
        }
        throw new InvalidRequestException(message);
    }

    /**
     * Keeps what was typed into a form that is shown again with a problem, so that nothing is lost. Templates read it
     * back with {@code c.sent(form)} and {@code c.sentList(form, field)}.
     */
    public static void sendBack(Model model, String form, MultiValueMap<String, String> values) {
        model.addAttribute("submitted", form);
        model.addAttribute("values", values.toSingleValueMap());
        model.addAttribute("sentLists", values);
    }

    public record PersonOrAgency(Long personId, Long agencyId) {
    }
}
