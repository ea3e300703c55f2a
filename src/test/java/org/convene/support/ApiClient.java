package org.convene.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A caller of Convene's API over real HTTP, as a demo account: its credentials on each request, as the API asks. */
public final class ApiClient {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String credentials;

    private ApiClient(String username) {
        this.credentials = Base64.getEncoder().encodeToString((username + ":" + HttpBrowser.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    public static ApiClient as(String username) {
        return new ApiClient(username);
    }

    /** Posts {@code body} of this content type to {@code path} on the Convene at {@code base}. */
    public HttpResponse<String> post(URI base, String path, String contentType, String body) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Basic " + credentials)
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HttpBrowser.send(HTTP, request);
    }
}
