package org.convene.shared;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text a person could have typed: no control characters but tab and line breaks. NUL cannot be stored by PostgreSQL and
 * the others break the XHTML that PDFs are made from. Form and query parameters are checked for the same characters
 * before they reach a controller; this is for the text in JSON bodies.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlainText.Validator.class)
public @interface PlainText {

    String message() default "Remove the control characters: only text, tabs and line breaks can be kept.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PlainText, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || !hasControlCharacters(value);
        }

        /**
         * Whether the text holds a character no one types: a control character other than tab, line feed or carriage
         * return, a non-character, or half of a surrogate pair.
         */
        public static boolean hasControlCharacters(String value) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c) || c == 0x7F || c == 0xFFFE || c == 0xFFFF
                        || (c < 0x20 && c != '\t' && c != '\n' && c != '\r')) {
                    return true;
                }
            }
            return false;
        }
    }
}
