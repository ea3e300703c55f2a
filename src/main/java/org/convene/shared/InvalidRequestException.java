package org.convene.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The request is well formed but its content cannot be accepted (a due date in the past): HTTP 422. When the problem
 * is with one field, {@link #field()} names it as the API calls it, so that a page can show the message at that field.
 */
@ResponseStatus(HttpStatus.UNPROCESSABLE_ENTITY)
public class InvalidRequestException extends RuntimeException {

    private final String field;

    public InvalidRequestException(String message) {
        this(null, message);
    }

    public InvalidRequestException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The field the problem is with, or null when it is with the request as a whole. */
    public String field() {
        return field;
    }
}
