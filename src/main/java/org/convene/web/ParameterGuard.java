package org.convene.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convene.shared.PlainText;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request whose form or query parameters no page could send: characters no one types (NUL and other control
 * characters: PostgreSQL cannot store NUL and PDFs cannot be made with the others), or a row number beyond what Spring's
 * binding can grow a list to (it fails on those with a server error instead of refusing them). Nobody can type either
 * into a form, so nothing a person typed is lost. Text in JSON bodies is checked by {@link PlainText}.
 */
@Component
class ParameterGuard extends OncePerRequestFilter {

    static final String MESSAGE = "The request holds something no form sends (control characters, or too many rows). Remove it and try again.";
    /** As Spring's DataBinder: a list in a form may grow to this many rows. */
    static final int MOST_ROWS = 256;
    private static final Pattern ROW = Pattern.compile("\\[(\\d+)]");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (hasControlCharacters(request.getParameterMap()) || hasTooManyRows(request.getParameterMap())) {
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

    private static boolean hasTooManyRows(Map<String, String[]> parameters) {
        for (String name : parameters.keySet()) {
            Matcher row = ROW.matcher(name);
            while (row.find()) {
                if (row.group(1).length() > 6 || Integer.parseInt(row.group(1)) >= MOST_ROWS) {
                    return true;
                }
            }
        }
        return false;
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
