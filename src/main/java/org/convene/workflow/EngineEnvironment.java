package org.convene.workflow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;

/**
 * Checks the engine's settings before anything starts, and says what is missing. In the embedded default, chooses the
 * gateway port of the in-process engine and points the Camunda client at it, before the client's configuration is
 * bound; the engine itself is started by {@code EmbeddedEngineConfiguration}, in src/embedded, which the production jar
 * leaves out. With a remote engine, the cluster's address (Self-Managed) or its id, region and client credentials (SaaS)
 * must be set: the client's own defaults point at this machine, where a cluster is never found.
 */
public class EngineEnvironment implements EnvironmentPostProcessor, Ordered {

    static final String GATEWAY_PORT = "convene.embedded-engine.gateway-port";
    private static final String ENGINE_CONFIGURATION = "org.convene.workflow.EmbeddedEngineConfiguration";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        EngineMode mode = environment.getProperty("convene.engine", EngineMode.class, EngineMode.EMBEDDED);
        if (mode == EngineMode.REMOTE) {
            requireClusterSettings(Binder.get(environment));
        }
        if (mode != EngineMode.EMBEDDED) {
            return;
        }
        if (!ClassUtils.isPresent(ENGINE_CONFIGURATION, application.getClassLoader())) {
            throw new IllegalStateException("This build of Convene has no embedded engine (it was built with -Dproduction): set "
                    + "convene.engine=remote and the camunda.client settings of your Camunda 8 cluster (see the README's "
                    + "\"How to run it in production\")");
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

    private static void requireClusterSettings(Binder settings) {
        boolean saas = settings.bind("camunda.client.mode", String.class).map("saas"::equalsIgnoreCase).orElse(false);
        List<String> needed = saas
                ? List.of("camunda.client.cloud.cluster-id", "camunda.client.cloud.region", "camunda.client.auth.client-id", "camunda.client.auth.client-secret")
                : List.of("camunda.client.grpc-address", "camunda.client.rest-address");
        List<String> missing = needed.stream().filter(name -> settings.bind(name, String.class).map(String::isBlank).orElse(true)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("convene.engine=remote needs " + String.join(", ", missing) + " to reach your Camunda 8 "
                    + (saas ? "SaaS cluster" : "cluster (camunda.client.mode=saas for Camunda SaaS)")
                    + ": see the README's \"How to run it in production\"");
        }
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
