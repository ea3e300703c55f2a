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
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves GOV.UK Frontend's stylesheet and script from its jar at {@code /govuk/}, and Cytoscape.js (the peer map) at
 * {@code /js/cytoscape/}, so that pages need no CDN and templates need not know their versions. GOV.UK's fonts and
 * crown images are not served: they are for GOV.UK only. Both are cached as {@code spring.web.resources.cache} says.
 * Gives templates the limits of each kind of text, and controllers the signed-in {@link CurrentPerson}.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final CurrentPerson currentPerson;
    private final CacheControl cacheControl;

    WebConfiguration(CurrentPerson currentPerson, WebProperties web) {
        this.currentPerson = currentPerson;
        this.cacheControl = web.getResources().getCache().getCachecontrol().toHttpCacheControl();
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(currentPerson);
    }


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
        registry.addResourceHandler("/govuk/*.css", "/govuk/*.js")
                .addResourceLocations("classpath:/META-INF/resources/webjars/govuk-frontend/" + webJarVersion("govuk-frontend") + "/dist/govuk/")
                .setCacheControl(cacheControl);
        registry.addResourceHandler("/js/cytoscape/*.js")
                .addResourceLocations("classpath:/META-INF/resources/webjars/cytoscape/" + webJarVersion("cytoscape") + "/dist/")
                .setCacheControl(cacheControl);
    }

    /** The version of a WebJar on the classpath, so that neither templates nor this class name it. */
    private static String webJarVersion(String name) {
        try (InputStream in = new ClassPathResource("META-INF/maven/org.webjars.npm/" + name + "/pom.properties").getInputStream()) {
            Properties pom = new Properties();
            pom.load(in);
            return pom.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(name + " is missing from the classpath", e);
        }
    }
}
