package org.convene.workflow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * In the embedded default, chooses the gateway port of the in-process engine and points the Camunda client at it,
 * before the client's configuration is bound. The engine itself is started by {@link EmbeddedEngineConfiguration}.
 */
public class EmbeddedEngineEnvironment implements EnvironmentPostProcessor, Ordered {

    static final String GATEWAY_PORT = "convene.embedded-engine.gateway-port";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        EngineMode mode = environment.getProperty("convene.engine", EngineMode.class, EngineMode.EMBEDDED);
        if (mode != EngineMode.EMBEDDED) {
            return;
        }
        int port = environment.getProperty(GATEWAY_PORT, Integer.class, 0);
        if (port == 0) {
            port = freePort();
        }
        environment.getPropertySources().addFirst(new MapPropertySource("convene-embedded-engine", Map.of(
                GATEWAY_PORT, port,
                "camunda.client.grpc-address", "http://127.0.0.1:" + port,
                "camunda.client.rest-address", "http://127.0.0.1:" + port,
                // The embedded engine has a gRPC gateway only.
                "camunda.client.prefer-rest-over-grpc", false)));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for the embedded engine's gateway", e);
        }
    }
}
