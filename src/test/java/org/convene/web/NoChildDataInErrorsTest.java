package org.convene.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.convene.shared.ConflictException;
import org.convene.shared.Errors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Exception messages quote the entities they were saving, and can hold SQL: neither reaches a log line or an error
 * body. Every stored record prints only its id; a logged error (in the API or on a page) names its kinds and places, not
 * its messages; an error body keeps only the messages Convene itself wrote for the caller.
 */
@ExtendWith(OutputCaptureExtension.class)
class NoChildDataInErrorsTest {

    private static final String MARKER = "Zofia Markerchild";

    @Test
    void noStoredRecordPrintsWhatItHolds() throws Exception {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Table.class));
        List<Class<?>> records = new ArrayList<>();
        for (var bean : scanner.findCandidateComponents("org.convene")) {
            Class<?> type = Class.forName(bean.getBeanClassName());
            if (type.isRecord()) {
                records.add(type);
            }
        }
        assertThat(records).extracting(Class::getSimpleName).contains("Subject", "RecordEntry", "StrategyChildRecord", "MinutesVersion");
        for (Class<?> type : records) {
            RecordComponent[] components = type.getRecordComponents();
            boolean holdsText = false;
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                Class<?> kind = components[i].getType();
                holdsText |= kind == String.class && !components[i].getName().endsWith("By");
                values[i] = kind == String.class ? MARKER : kind == long.class ? 0L : kind == int.class ? 0 : kind == boolean.class ? false
                        : kind == LocalDate.class ? LocalDate.of(2012, 4, 3) : kind == Instant.class ? Instant.EPOCH : null;
            }
            if (!holdsText || type.getSimpleName().equals("PersonRole")) {
                continue;
            }
            Constructor<?> constructor = type.getDeclaredConstructor(java.util.Arrays.stream(components).map(RecordComponent::getType).toArray(Class[]::new));
            constructor.setAccessible(true);
            assertThat(constructor.newInstance(values).toString()).as(type.getName()).doesNotContain(MARKER, "2012-04-03");
        }
    }

    @Test
    void aLoggedErrorNamesItsKindsAndPlacesNotItsMessages() {
        RuntimeException error = new RuntimeException("Failed to insert Subject[name=" + MARKER + "]",
                new IllegalStateException("insert into subject (name) values ('" + MARKER + "')"));
        String logged = Errors.describe(error);
        assertThat(logged).contains("java.lang.RuntimeException", "caused by java.lang.IllegalStateException", "NoChildDataInErrorsTest")
                .doesNotContain(MARKER, "insert into");
    }

    @Test
    void anErrorBodyKeepsOnlyWhatConveneWroteForTheCaller() {
        assertThat(message(new DataIntegrityViolationException("insert into subject (name) values ('" + MARKER + "')"), 500))
                .isEqualTo(SafeErrorAttributes.UNEXPLAINED);
        assertThat(message(new ConflictException("This meeting is no longer taking answers."), 409))
                .isEqualTo("This meeting is no longer taking answers.");
    }

    @Test
    void anUnexpectedErrorOnAPageIsLoggedWithoutItsMessageAndAnsweredWithTheErrorPage(CapturedOutput output) {
        UnexpectedPageErrors resolver = new UnexpectedPageErrors();
        MockHttpServletResponse response = new MockHttpServletResponse();
        var view = resolver.resolveException(new MockHttpServletRequest("POST", "/missing/7/updates"), response, null,
                new DataIntegrityViolationException("insert into missing_update (text) values ('" + MARKER + "')"));
        assertThat(view.getViewName()).isEqualTo("error");
        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(output.getAll()).contains("Unexpected error on POST /missing/7/updates", "DataIntegrityViolationException")
                .doesNotContain(MARKER);
        assertThat(resolver.resolveException(new MockHttpServletRequest("GET", "/missing/7"), new MockHttpServletResponse(), null,
                new org.springframework.security.access.AccessDeniedException("not allowed"))).as("left to Spring Security").isNull();
    }

    private static Object message(Exception error, int status) {
        SafeErrorAttributes attributes = new SafeErrorAttributes();
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/meetings/1");
        attributes.resolveException(request, new MockHttpServletResponse(), null, error);
        request.setAttribute("jakarta.servlet.error.status_code", status);
        Map<String, Object> body = attributes.getErrorAttributes(new ServletWebRequest(request),
                ErrorAttributeOptions.of(ErrorAttributeOptions.Include.MESSAGE));
        return body.get("message");
    }
}
