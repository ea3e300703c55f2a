package org.convene.web;

import java.util.Map;
import org.convene.shared.ConflictException;
import org.convene.shared.InvalidRequestException;
import org.convene.shared.NotFoundException;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;

/**
 * What an error page or body may say: the message of a problem Convene itself explains (not found, a conflict, a value
 * it cannot accept), and for anything else a plain sentence. An exception's own message can hold SQL, a child's name
 * or a restricted entry, and is never sent to the caller.
 */
@Component
class SafeErrorAttributes extends DefaultErrorAttributes {

    static final String UNEXPLAINED = "The request could not be completed.";

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        if (attributes.containsKey("message") && !explainedByConvene(getError(request))) {
            attributes.put("message", UNEXPLAINED);
        }
        return attributes;
    }

    private static boolean explainedByConvene(Throwable error) {
        return error instanceof NotFoundException || error instanceof ConflictException || error instanceof InvalidRequestException
                || (error instanceof ResponseStatusException status && status.getStatusCode().is4xxClientError());
    }
}
