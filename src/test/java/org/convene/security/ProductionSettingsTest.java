package org.convene.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.convene.ConveneApplication;
import org.convene.support.TimeMachine;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;

/** Convene started as an operator would start it outside the demo, on a database of its own. */
class ProductionSettingsTest {

    @Test
    void outsideTheDemoConveneDoesNotStartWithoutALinkKey() throws Exception {
        assertThatThrownBy(() -> start("--convene.demo-data=false").close())
                .satisfies(e -> assertThat(NestedExceptionUtils.getMostSpecificCause(e).getMessage()).contains("CONVENE_LINKS_SECRET"));
    }

    @Test
    void behindTlsTheSessionCookieIsSecureAndEveryAnswerCarriesHsts() throws Exception {
        try (ConfigurableApplicationContext convene = start("--convene.behind-tls=true",
                "--convene.links.secret=a-key-for-this-test-of-at-least-32-characters")) {
            int port = convene.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            HttpResponse<String> login = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).isEqualTo(200);
            assertThat(login.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=31536000"));
            assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie).startsWith("SESSION=").contains("Secure", "HttpOnly"));
            SpringApplication.exit(convene);
        }
    }

    private static ConfigurableApplicationContext start(String... settings) throws Exception {
        Path data = Files.createTempDirectory("convene-production");
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--convene.test.database=as-configured",
                "--spring.datasource.url=jdbc:h2:file:" + data.resolve("convene") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "--spring.datasource.username=sa", "--spring.datasource.password="));
        arguments.addAll(List.of(settings));
        return new SpringApplicationBuilder(ConveneApplication.class, TimeMachine.Configuration.class).run(arguments.toArray(String[]::new));
    }
}
