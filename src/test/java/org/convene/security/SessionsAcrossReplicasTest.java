package org.convene.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convene.ConveneApplication;
import org.convene.support.TimeMachine;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two replicas on one database, and a browser whose requests the load balancer sends to either (no sticky sessions):
 * signed in on one, it is signed in on the other, a form from one is taken by the other, and signing out on one signs
 * out of both. Sessions are Spring Session's, in the database.
 */
class SessionsAcrossReplicasTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Test
    void aSignInOnOneReplicaHoldsOnTheOtherUntilSignedOutOnEither() throws Exception {
        try (ConfigurableApplicationContext first = start(); ConfigurableApplicationContext second = start()) {
            URI one = address(first);
            URI other = address(second);

            String login = get(one.resolve("/login")).body();
            HttpResponse<String> signIn = post(one.resolve("/login"), "username=cara.chair&password=convene-demo&_csrf=" + csrf(login));
            assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).doesNotContain("/login"));

            HttpResponse<String> home = get(other.resolve("/"));
            assertThat(home.statusCode()).as("signed in on the other replica").isEqualTo(200);
            assertThat(home.body()).contains("Sign out cara.chair");

            String formFromTheFirst = csrf(get(one.resolve("/")).body());
            HttpResponse<String> signOut = post(other.resolve("/logout"), "_csrf=" + formFromTheFirst);
            assertThat(signOut.headers().firstValue("Location")).as("the other replica takes the first one's form")
                    .hasValueSatisfying(to -> assertThat(to).contains("/login?signedOut"));

            HttpResponse<String> afterwards = get(one.resolve("/"));
            assertThat(afterwards.statusCode()).isEqualTo(302);
            assertThat(afterwards.headers().firstValue("Location")).as("signed out of the first replica too")
                    .hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
        }
    }

    private HttpResponse<String> get(URI uri) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(URI uri, String form) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String csrf(String page) {
        Matcher token = CSRF.matcher(page);
        assertThat(token.find()).as("the page has a form").isTrue();
        return URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
    }

    private static URI address(ConfigurableApplicationContext convene) {
        return URI.create("http://127.0.0.1:" + convene.getEnvironment().getRequiredProperty("local.server.port"));
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(ConveneApplication.class, TimeMachine.Configuration.class)
                .properties("server.port=0", "convene.test.own-database=sessions")
                .run();
    }
}
