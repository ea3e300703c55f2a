package org.convene.shared;

/** What forms and requests send as text: required, or optional with blank meaning none. */
public final class Text {

    private Text() {
    }

    /** The text, or an {@link InvalidRequestException} with {@code message} when it is missing or blank. */
    public static String required(String text, String message) {
        if (text == null || text.isBlank()) {
            throw new InvalidRequestException(message);
        }
        return text;
    }

    /** As {@link #required(String, String)}, with the problem at {@code field}. */
    public static String required(String text, String field, String message) {
        if (text == null || text.isBlank()) {
            throw new InvalidRequestException(field, message);
        }
        return text;
    }

    /** An e-mail address as a person would check it: something, an @, and a domain with a dot. */
    public static boolean isEmail(String text) {
        return text != null && text.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    }

    /** The trimmed text, or null when it is missing or blank. */
    public static String orNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
