package org.convene.web;

import jakarta.validation.constraints.Size;
import org.convene.shared.Limits;

/** A row of a form naming a child: name, date of birth and case reference, any of them left empty. */
public record ChildInput(@Size(max = Limits.NAME, message = "Give the child's name in {max} characters or fewer.") String name,
                         @DateInput.Real DateInput dateOfBirth,
                         @Size(max = Limits.REFERENCE, message = "Give the case reference in {max} characters or fewer.") String reference) {

    public ChildInput {
        dateOfBirth = dateOfBirth == null ? DateInput.EMPTY : dateOfBirth;
    }

    public static final ChildInput EMPTY = new ChildInput(null, DateInput.EMPTY, null);

    public boolean isBlank() {
        return (name == null || name.isBlank()) && dateOfBirth.isBlank() && (reference == null || reference.isBlank());
    }

    /** Whether the row names a child: something typed, but not the name. */
    public boolean lacksName() {
        return !isBlank() && (name == null || name.isBlank());
    }
}
