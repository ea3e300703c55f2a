package org.convene.shared;

import java.time.DateTimeException;
import java.time.LocalDate;

/** A date entered as GOV.UK's three fields: day, month and year. */
public final class FormDate {

    private FormDate() {
    }

    public static LocalDate of(String day, String month, String year) {
        try {
            return LocalDate.of(Integer.parseInt(year.trim()), Integer.parseInt(month.trim()), Integer.parseInt(day.trim()));
        } catch (NullPointerException | NumberFormatException | DateTimeException e) {
            throw new InvalidRequestException("Enter a real date, for example 27 3 2027.");
        }
    }
}
