package org.convene.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import org.convene.support.HttpBrowser;
import org.convene.support.OwnConvene;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two replicas on one database, and a browser whose requests the load balancer sends to either (no sticky sessions):
 * signed in on one, it is signed in on the other, a form from one is taken by the other, and signing out on one signs
 * out of both. Sessions are Spring Session's, in the database.
 */
class SessionsAcrossReplicasTest {

    private final HttpBrowser browser = new HttpBrowser();

    @Test
    void aSignInOnOneReplicaHoldsOnTheOtherUntilSignedOutOnEither() throws Exception {
        try (ConfigurableApplicationContext first = start(); ConfigurableApplicationContext second = start()) {
            URI one = address(first);
            URI other = address(second);

            HttpResponse<String> signIn = browser.signIn(one.resolve("/login"), "cara.chair");
            assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).doesNotContain("/login"));

            HttpResponse<String> home = browser.get(other.resolve("/"));
            assertThat(home.statusCode()).as("signed in on the other replica").isEqualTo(200);
            assertThat(home.body()).contains("Sign out cara.chair");

            String formFromTheFirst = HttpBrowser.csrf(browser.get(one.resolve("/")).body());
            HttpResponse<String> signOut = browser.post(other.resolve("/logout"), "_csrf=" + formFromTheFirst);
            assertThat(signOut.headers().firstValue("Location")).as("the other replica takes the first one's form")
                    .hasValueSatisfying(to -> assertThat(to).contains("/login?signedOut"));

            HttpResponse<String> afterwards = browser.get(one.resolve("/"));
            assertThat(afterwards.statusCode()).isEqualTo(302);
            assertThat(afterwards.headers().firstValue("Location")).as("signed out of the first replica too")
                    .hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
        }
    }

    private static URI address(ConfigurableApplicationContext convene) {
        return URI.create("http://127.0.0.1:" + convene.getEnvironment().getRequiredProperty("local.server.port"));
    }

    private static ConfigurableApplicationContext start() {
        return OwnConvene.start("sessions");
    }
}
