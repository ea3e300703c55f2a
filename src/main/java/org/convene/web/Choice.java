package org.convene.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;

/**
 * One of a form's own choices: the name of a constant of {@link #value()}, or nothing (add {@code @NotBlank} when a
 * choice is required). A hand-made or stale request with anything else gets the message, not a server error.
 */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Choice.Validator.class)
public @interface Choice {

    Class<? extends Enum<?>> value();

    String message() default "Choose from the list.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Choice, String> {

        private Enum<?>[] choices;

        @Override
        public void initialize(Choice annotation) {
            choices = annotation.value().getEnumConstants();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isBlank() || Arrays.stream(choices).anyMatch(choice -> choice.name().equals(value));
        }
    }
}
