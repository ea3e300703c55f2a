package org.convene.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.convene.shared.PlainText;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request whose form or query parameters hold characters no one types (NUL and other control characters):
 * PostgreSQL cannot store NUL and PDFs cannot be made with the others. Nobody can type them into a form, so nothing a
 * person typed is lost. Text in JSON bodies is checked by {@link PlainText}.
 */
@Component
class ControlCharacterFilter extends OncePerRequestFilter {

    static final String MESSAGE = "The request holds characters that cannot be saved (control characters). Remove them and try again.";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (hasControlCharacters(request.getParameterMap())) {
            if (request.getRequestURI().startsWith("/api/")) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Invalid request\",\"status\":400,\"detail\":\"" + MESSAGE + "\"}");
            } else {
                response.sendError(HttpStatus.BAD_REQUEST.value(), MESSAGE);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean hasControlCharacters(Map<String, String[]> parameters) {
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            if (PlainText.Validator.hasControlCharacters(parameter.getKey())) {
                return true;
            }
            for (String value : parameter.getValue()) {
                if (value != null && PlainText.Validator.hasControlCharacters(value)) {
                    return true;
                }
            }
        }
        return false;
    }
}
