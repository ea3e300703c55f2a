package org.convene.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.convene.shared.PlainText;
import org.convene.shared.Plausible;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.convene.shared.Limits;
import org.convene.support.ConveneTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every field a form or the API takes states its limit where validation checks it: text has a maximum length (which
 * OpenAPI shows as maxLength and forms as a count), API text is plain text, API dates are plausible, lists are bounded.
 * A field added without them fails here before it can reach the database.
 */
class InputLimitsTest {

    @Nested
    @ConveneTest
    class InTheApiDocument {

        @Autowired MockMvc mvc;

        @Test
        void theOpenApiDocumentStatesTheLimits() throws Exception {
            mvc.perform(get("/v3/api-docs"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.components.schemas.Concern.properties.concern.maxLength").value(Limits.CONCERN))
                    .andExpect(jsonPath("$.components.schemas.Child.properties.name.maxLength").value(Limits.NAME))
                    .andExpect(jsonPath("$.components.schemas.NewEntry.properties.text.maxLength").value(Limits.ENTRY))
                    .andExpect(jsonPath("$.components.schemas.Cancellation.properties.reason.maxLength").value(Limits.REASON));
        }
    }

    @Test
    void everyFieldOfEveryFormAndRequestBodyHasItsLimits() throws Exception {
        List<String> missing = new ArrayList<>();
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Controller.class));
        scanner.addIncludeFilter(new AnnotationTypeFilter(RestController.class));
        for (var candidate : scanner.findCandidateComponents("org.convene")) {
            Class<?> controller = Class.forName(candidate.getBeanClassName());
            for (Method method : controller.getDeclaredMethods()) {
                for (Parameter parameter : method.getParameters()) {
                    boolean body = parameter.isAnnotationPresent(RequestBody.class);
                    if ((body || parameter.isAnnotationPresent(ModelAttribute.class)) && parameter.getType().isRecord()) {
                        check(parameter.getType(), body, missing, new HashSet<>());
                    }
                }
            }
        }
        assertThat(missing).as("fields without their limits").isEmpty();
    }

    private static void check(Class<?> record, boolean api, List<String> missing, Set<Class<?>> seen) {
        if (!seen.add(record)) {
            return;
        }
        for (RecordComponent component : record.getRecordComponents()) {
            String name = record.getSimpleName() + "." + component.getName();
            check(component.getAnnotatedType(), component, name, api, missing, seen);
        }
    }

    private static void check(AnnotatedType type, RecordComponent component, String name, boolean api, List<String> missing, Set<Class<?>> seen) {
        Class<?> raw = type.getType() instanceof Class<?> c ? c : (Class<?>) ((java.lang.reflect.ParameterizedType) type.getType()).getRawType();
        boolean top = component != null;
        if (raw == String.class) {
            boolean bounded = has(type, component, Size.class) || has(type, component, Pattern.class) || has(type, component, Choice.class);
            if (!bounded) {
                missing.add(name + ": no @Size, @Pattern or @Choice");
            }
            if (api && !has(type, component, PlainText.class)) {
                missing.add(name + ": no @PlainText");
            }
        } else if ((raw == LocalDate.class || raw == Instant.class) && api && !has(type, component, Plausible.class)) {
            missing.add(name + ": no @Plausible");
        } else if (raw == List.class || raw == java.util.Map.class) {
            if (top && !api && raw == List.class && !has(type, component, Size.class)) {
                missing.add(name + ": a list with no @Size");
            }
            AnnotatedType[] arguments = ((AnnotatedParameterizedType) type).getAnnotatedActualTypeArguments();
            check(arguments[arguments.length - 1], null, name + "[]", api, missing, seen);
        } else if (raw == DateInput.class) {
            if (!has(type, component, DateInput.Real.class)) {
                missing.add(name + ": a date with no @DateInput.Real");
            }
        } else if (raw.isRecord() && raw.getPackageName().startsWith("org.convene")) {
            check(raw, api, missing, seen);
        }
    }

    private static boolean has(AnnotatedType type, RecordComponent component, Class<? extends java.lang.annotation.Annotation> annotation) {
        return type.isAnnotationPresent(annotation) || (component != null && component.isAnnotationPresent(annotation));
    }
}
