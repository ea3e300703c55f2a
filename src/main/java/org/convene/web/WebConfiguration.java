package org.convene.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateModelException;
import org.convene.shared.Limits;
import org.springframework.boot.autoconfigure.freemarker.FreeMarkerVariablesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves GOV.UK Frontend's stylesheet and script from its jar at {@code /govuk/}, so that pages need no CDN and
 * templates need not know its version. Its fonts and crown images are not served: they are for GOV.UK only. Gives
 * templates the limits of each kind of text, and controllers the signed-in {@link CurrentPerson}.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final CurrentPerson currentPerson;

    WebConfiguration(CurrentPerson currentPerson) {
        this.currentPerson = currentPerson;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(currentPerson);
    }

    private static final String GOVUK_POM = "META-INF/maven/org.webjars.npm/govuk-frontend/pom.properties";

    /** Templates state each field's limit from the same constants the validation uses: {@code ${limits.NAME}}. */
    @Bean
    FreeMarkerVariablesCustomizer limitsInTemplates() {
        return variables -> {
            try {
                variables.put("limits", new DefaultObjectWrapperBuilder(freemarker.template.Configuration.VERSION_2_3_34).build()
                        .getStaticModels().get(Limits.class.getName()));
            } catch (TemplateModelException e) {
                throw new IllegalStateException("The limits cannot be given to templates", e);
            }
        };
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        String dist = "classpath:/META-INF/resources/webjars/govuk-frontend/" + govukFrontendVersion() + "/dist/govuk/";
        registry.addResourceHandler("/govuk/*.css", "/govuk/*.js")
                .addResourceLocations(dist);
    }

    private static String govukFrontendVersion() {
        try (InputStream in = new ClassPathResource(GOVUK_POM).getInputStream()) {
            Properties pom = new Properties();
            pom.load(in);
            return pom.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException("GOV.UK Frontend is missing from the classpath", e);
        }
    }
}
