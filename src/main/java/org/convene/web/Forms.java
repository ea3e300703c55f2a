package org.convene.web;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Supplier;
import org.convene.shared.ConflictException;
import org.convene.shared.InvalidRequestException;
import org.springframework.beans.NotReadablePropertyException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What every page does with a form: if it is valid, make the change and go on with a message; if the form or the
 * change has a problem, show the page again with the message at the field it is about (or above the form) and with
 * everything that was typed still in it.
 */
public final class Forms {

    /** An id chosen from a list, or nothing. */
    public static final String ID = "|\\d{1,18}";
    /** A person or an agency chosen from one list: "person:12" or "agency:3". */
    public static final String OWNER = "(person|agency):\\d{1,18}";
    /** A time of day on the 24-hour clock, as people write it: 9:30, 09:30 or 09.30. */
    public static final String TIME = "\\s*([01]?\\d|2[0-3])[:.][0-5]\\d\\s*";
    /** An e-mail address as a person would check it, or nothing. */
    public static final String EMAIL = "|\\s*[^@\\s]+@[^@\\s]+\\.[^@\\s]+\\s*";

    private Forms() {
    }

    /**
     * @param form       the form as bound and validated
     * @param fields     the form's names for the fields a service names differently ({@code startsAt} is the form's {@code date})
     * @param success    the message shown after the change
     * @param change     makes the change, only when the form is valid, and says where to go next
     * @param showAgain  renders the page again, with the form and its problems
     */
    public static String submit(BindingResult form, Map<String, String> fields, RedirectAttributes redirect, String success,
                                Supplier<String> change, Supplier<String> showAgain) {
        if (!form.hasErrors()) {
            try {
                String next = change.get();
                redirect.addFlashAttribute("success", success);
                return "redirect:" + next;
            } catch (InvalidRequestException e) {
                reject(form, e.field() == null ? null : fields.getOrDefault(e.field(), e.field()), e.getMessage());
            } catch (ConflictException e) {
                form.reject("conflict", e.getMessage());
            }
        }
        return showAgain.get();
    }

    public static String submit(BindingResult form, Map<String, String> fields, Runnable change, RedirectAttributes redirect,
                                String success, String next, Supplier<String> showAgain) {
        return submit(form, fields, redirect, success, () -> {
            change.run();
            return next;
        }, showAgain);
    }

    public static String submit(BindingResult form, Runnable change, RedirectAttributes redirect, String success, String next,
                                Supplier<String> showAgain) {
        return submit(form, Map.of(), change, redirect, success, next, showAgain);
    }

    /** A button with nothing to fill in (withdraw, remove): a refusal is shown above everything on the page again. */
    public static String press(Runnable change, RedirectAttributes redirect, String success, String next, Model model,
                               Supplier<String> showAgain) {
        try {
            change.run();
            redirect.addFlashAttribute("success", success);
            return "redirect:" + next;
        } catch (InvalidRequestException | ConflictException e) {
            model.addAttribute("error", e.getMessage());
            return showAgain.get();
        }
    }

    /** Gives the page an empty form, unless one sent back with its problems is already there. */
    public static void offer(Model model, String name, Supplier<?> empty) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, empty.get());
        }
    }

    /** An id chosen from a list, once the form is valid: null when nothing was chosen. */
    public static Long id(String value) {
        return value == null || value.isBlank() ? null : Long.parseLong(value.trim());
    }

    /** A time typed as the TIME pattern allows, once the form is valid. */
    public static LocalTime time(String value) {
        String[] parts = value.trim().split("[:.]");
        return LocalTime.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }

    /** A date and a time typed as {@link DateInput} and {@link #TIME} allow, in the council's zone, once the form is valid. */
    public static Instant instant(DateInput date, String time, ZoneId zone) {
        return date.toDate().atTime(time(time)).atZone(zone).toInstant();
    }

    /** A person or an agency chosen from one list, once the form is valid. */
    public static Owner owner(String value) {
        if (value == null || value.isBlank()) {
            return new Owner(null, null);
        }
        long id = Long.parseLong(value.substring(value.indexOf(':') + 1));
        return value.startsWith("person:") ? new Owner(id, null) : new Owner(null, id);
    }

    public record Owner(Long personId, Long agencyId) {
    }

    /** Puts a service's message at the form's field of that name, or above the form when it has none. */
    static void reject(BindingResult form, String field, String message) {
        if (field != null) {
            try {
                form.getFieldValue(field);
                form.rejectValue(field, "invalid", message);
                return;
            } catch (NotReadablePropertyException e) {
                // the form has no such field: the message goes above it
            }
        }
        form.reject("invalid", message);
    }
}
