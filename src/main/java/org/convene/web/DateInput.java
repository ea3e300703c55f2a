package org.convene.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.DateTimeException;
import java.time.LocalDate;
import org.convene.shared.Plausible;

/**
 * A date as GOV.UK's date input asks for it: day, month and year in three fields, kept as typed so that a form sent
 * back with a problem shows exactly what was entered. {@link Real} checks it; {@link #toDate()} reads it after that.
 */
public record DateInput(String day, String month, String year) {

    public static final DateInput EMPTY = new DateInput(null, null, null);

    public static DateInput of(LocalDate date) {
        return date == null ? EMPTY : new DateInput(String.valueOf(date.getDayOfMonth()), String.valueOf(date.getMonthValue()),
                String.valueOf(date.getYear()));
    }

    public boolean isBlank() {
        return blank(day) && blank(month) && blank(year);
    }

    /** The date, or null when nothing was entered. Call it once the form is valid. */
    public LocalDate toDate() {
        return isBlank() ? null : parse();
    }

    private LocalDate parse() {
        return LocalDate.of(Integer.parseInt(year.trim()), Integer.parseInt(month.trim()), Integer.parseInt(day.trim()));
    }

    private static boolean blank(String part) {
        return part == null || part.isBlank();
    }

    /** A real date between 1900 and 2199, or (unless {@code required}) nothing at all. */
    @Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.TYPE_USE})
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = Real.Validator.class)
    public @interface Real {

        /** What to say when the date is required and nothing was entered, as "Enter the date the action is due by". */
        String required() default "";

        String message() default "Enter a real date, for example 27 3 2027.";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Validator implements ConstraintValidator<Real, DateInput> {

            private String required;

            @Override
            public void initialize(Real annotation) {
                required = annotation.required();
            }

            @Override
            public boolean isValid(DateInput date, ConstraintValidatorContext context) {
                if (date == null || date.isBlank()) {
                    return required.isEmpty() || replaceMessage(context, required);
                }
                if (blank(date.day) || blank(date.month) || blank(date.year)) {
                    return replaceMessage(context, "Enter the day, the month and the year.");
                }
                try {
                    LocalDate parsed = date.parse();
                    return Plausible.Validator.isPlausibleYear(parsed.getYear()) || replaceMessage(context,
                            "Enter a year between " + Plausible.FIRST_YEAR + " and " + Plausible.LAST_YEAR + ".");
                } catch (NumberFormatException | DateTimeException e) {
                    return false;
                }
            }

            private static boolean replaceMessage(ConstraintValidatorContext context, String message) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(message.replace("{", "\\{")).addConstraintViolation();
                return false;
            }
        }
    }
}
