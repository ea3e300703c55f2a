package org.convene.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.convene.shared.Errors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A page's unexpected error, once Spring's own resolvers have answered every error they explain (not found, a conflict,
 * bad input): logged by its kinds and places, never its message (which can quote a child's record or SQL), and answered
 * with the error page. Without it the servlet container would log the whole exception. Sign-in and access refusals are
 * left to Spring Security. The API has its own ({@code ApiErrors}).
 */
@Component
class UnexpectedPageErrors implements HandlerExceptionResolver, Ordered {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedPageErrors.class);

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler, Exception error) {
        if (error instanceof AccessDeniedException || error instanceof AuthenticationException) {
            return null;
        }
        log.error("Unexpected error on {} {}: {}", request.getMethod(), request.getRequestURI(), Errors.describe(error));
        response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        return new ModelAndView("error", Map.of("status", HttpServletResponse.SC_INTERNAL_SERVER_ERROR));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
