package org.convene.shared;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;

/** A date or time within {@value #FIRST_YEAR} to {@value #LAST_YEAR}: anything else is a typing slip, and a database cannot hold some of it. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Plausible.Validator.class)
public @interface Plausible {

    int FIRST_YEAR = 1900;
    int LAST_YEAR = 2199;

    String message() default "Enter a date between " + FIRST_YEAR + " and " + LAST_YEAR + ".";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Plausible, Temporal> {

        @Override
        public boolean isValid(Temporal value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            int year = value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC).getYear() : LocalDate.from(value).getYear();
            return isPlausibleYear(year);
        }

        public static boolean isPlausibleYear(int year) {
            return year >= FIRST_YEAR && year <= LAST_YEAR;
        }
    }
}
