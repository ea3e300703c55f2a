package org.convene.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser over real HTTP, for a Convene started on a port of its own (a process, or a context a test starts): it
 * keeps its cookies, follows no redirect, and fills in a form's CSRF token from the page the form was on.
 */
public final class HttpBrowser {

    public static final String DEMO_PASSWORD = "convene-demo";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    public HttpResponse<String> get(URI uri) throws IOException {
        return send(client, HttpRequest.newBuilder(uri).build());
    }

    /** Posts a form, {@code name=value&...}, its values already encoded. */
    public HttpResponse<String> post(URI uri, String form) throws IOException {
        return send(client, HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    /** Signs in on the login page at {@code login} with the demo password, and returns the answer to the form. */
    public HttpResponse<String> signIn(URI login, String username) throws IOException {
        String token = csrf(get(login).body());
        return post(login, "username=" + username + "&password=" + DEMO_PASSWORD + "&_csrf=" + token);
    }

    /** The page's CSRF token, encoded for a form. */
    public static String csrf(String page) {
        Matcher token = CSRF.matcher(page);
        assertThat(token.find()).as("the page has a form").isTrue();
        return URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
    }

    /** Sends a request and reads its answer as text; an interrupted wait is an {@link IOException}, as a broken one is. */
    static HttpResponse<String> send(HttpClient client, HttpRequest request) throws IOException {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
