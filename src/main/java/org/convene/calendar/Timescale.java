package org.convene.calendar;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A configured timescale such as {@code 1 working day}, {@code 72 hours}, {@code 7 days}, {@code 4 weeks} or
 * {@code 3 months}. Working days skip weekends and bank holidays in England and Wales. Spring binds configuration
 * through {@link #of(String)}.
 */
public record Timescale(int amount, Unit unit) {

    public enum Unit { WORKING_DAYS, HOURS, DAYS, WEEKS, MONTHS }

    private static final Pattern FORMAT = Pattern.compile(
            "(\\d+)\\s*(working days?|wd|hours?|h|days?|d|weeks?|w|months?|mo)");

    public Timescale {
        if (amount < 0) {
            throw new IllegalArgumentException("a timescale cannot be negative");
        }
    }

    public static Timescale of(String text) {
        Matcher matcher = FORMAT.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a timescale: write a whole number and a unit, "
                    + "such as '1 working day', '72 hours', '7 days', '4 weeks' or '3 months'");
        }
        return new Timescale(Integer.parseInt(matcher.group(1)), unitOf(matcher.group(2)));
    }

    private static Unit unitOf(String word) {
        if (word.startsWith("working") || word.equals("wd")) {
            return Unit.WORKING_DAYS;
        }
        if (word.startsWith("h")) {
            return Unit.HOURS;
        }
        if (word.startsWith("mo")) {
            return Unit.MONTHS;
        }
        if (word.startsWith("w")) {
            return Unit.WEEKS;
        }
        return Unit.DAYS;
    }

    @Override
    public String toString() {
        String name = unit.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return amount + " " + (amount == 1 ? name.substring(0, name.length() - 1) : name);
    }
}
