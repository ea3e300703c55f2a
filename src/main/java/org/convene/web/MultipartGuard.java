package org.convene.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.multipart.MultipartResolver;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.view.freemarker.FreeMarkerViewResolver;
import org.springframework.web.util.WebUtils;

/**
 * Reads a multipart body before anything else does, and refuses one that cannot be read (no boundary, cut off, empty,
 * no part with a name) with a 400, or one over the upload limit with a 413: a problem detail for the API, the error
 * page for pages. Without it Spring Security's CSRF and sign-in filters are the first to ask for a parameter; Tomcat
 * then fails to parse the body quietly, keeps the failure, and throws it at the next reader, the error page, which
 * answers 500. Like Spring's {@code MultipartFilter}, it runs before Spring Security, which then reads the parts already
 * parsed. The answer says only what Convene wrote, never what was sent.
 */
@Component
@Order(SecurityProperties.DEFAULT_FILTER_ORDER - 1)
class MultipartGuard extends OncePerRequestFilter {

    static final String UNREADABLE = "The form could not be read: it was empty, cut off or not sent as a form. Send it again.";
    private final String tooLarge;
    private final MultipartResolver multipartResolver;
    private final FreeMarkerViewResolver views;

    MultipartGuard(MultipartResolver multipartResolver, MultipartProperties limits, FreeMarkerViewResolver views) {
        this.multipartResolver = multipartResolver;
        this.views = views;
        this.tooLarge = "The upload is larger than " + limits.getMaxRequestSize().toMegabytes()
                + " MB, the most that can be sent at once. Split the file and upload each part.";
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // A request parsed already (as MockMvc's are) goes on as it is.
        if (!multipartResolver.isMultipart(request) || WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class) != null) {
            chain.doFilter(request, response);
            return;
        }
        MultipartHttpServletRequest parsed;
        try {
            parsed = multipartResolver.resolveMultipart(request);
        } catch (MaxUploadSizeExceededException e) {
            refuse(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "Too large", tooLarge);
            return;
        } catch (MultipartException e) {
            refuse(request, response, HttpStatus.BAD_REQUEST, "Unreadable request", UNREADABLE);
            return;
        }
        // RFC 2046 asks for at least one part; Tomcat reads an empty body, or one without the boundary, as none.
        if (parsed.getParts().isEmpty()) {
            refuse(request, response, HttpStatus.BAD_REQUEST, "Unreadable request", UNREADABLE);
            return;
        }
        try {
            chain.doFilter(parsed, response);
        } finally {
            multipartResolver.cleanupMultipart(parsed);
        }
    }

    /**
     * Answered here rather than by {@code sendError}: the error page's own dispatch would ask Tomcat for the parts
     * again and get the same failure.
     */
    private void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String title, String detail)
            throws ServletException, IOException {
        response.setStatus(status.value());
        if (request.getRequestURI().startsWith("/api/")) {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status.value()
                    + ",\"detail\":\"" + detail + "\"}");
            return;
        }
        try {
            View page = views.resolveViewName("error", request.getLocale());
            page.render(Map.of("status", status.value(), "message", detail), request, response);
        } catch (Exception e) {
            throw new ServletException("The error page cannot be shown", e);
        }
    }
}
