package org.convene.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;

/**
 * Working days in England and Wales: Monday to Friday, less bank holidays. The bank holidays ship as data
 * ({@code calendar/bank-holidays-england-and-wales.csv}) and can be extended by configuration.
 */
public final class WorkingDayCalendar {

    private static final String BANK_HOLIDAYS = "calendar/bank-holidays-england-and-wales.csv";

    private final Set<LocalDate> holidays;

    public WorkingDayCalendar(Collection<LocalDate> holidays) {
        this.holidays = Set.copyOf(holidays);
    }

    /** The shipped bank holidays plus any extra ones. */
    public static WorkingDayCalendar englandAndWales(Collection<LocalDate> extraHolidays) {
        Set<LocalDate> all = new TreeSet<>(shippedBankHolidays());
        all.addAll(extraHolidays);
        return new WorkingDayCalendar(all);
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.contains(date);
    }

    /**
     * The date that many working days after {@code start}: 1 working day after a Friday is the Monday (or Tuesday
     * after a bank holiday Monday). Zero gives {@code start} itself, working day or not.
     * Negative counts go backwards.
     */
    public LocalDate addWorkingDays(LocalDate start, int workingDays) {
        int step = workingDays > 0 ? 1 : -1;
        LocalDate date = start;
        for (int remaining = Math.abs(workingDays); remaining > 0; ) {
            date = date.plusDays(step);
            if (isWorkingDay(date)) {
                remaining--;
            }
        }
        return date;
    }

    /** Working days after {@code from} up to and including {@code to}; negative when {@code to} is earlier. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        return (int) from.plusDays(1).datesUntil(to.plusDays(1)).filter(this::isWorkingDay).count();
    }

    private static Set<LocalDate> shippedBankHolidays() {
        var resource = new ClassPathResource(BANK_HOLIDAYS);
        try (var reader = new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            return reader.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("date,"))
                    .map(line -> LocalDate.parse(line.substring(0, line.indexOf(','))))
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + BANK_HOLIDAYS, e);
        }
    }
}
