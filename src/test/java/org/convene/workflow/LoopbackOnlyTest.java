package org.convene.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.convene.ConveneApplication;
import org.convene.support.TestDatabase;
import org.convene.support.TimeMachine;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The embedded default as a user starts it (H2 with AUTO_SERVER, the in-process engine): what it listens on, other than
 * its web server, answers on the loopback address and refuses a connection from this machine's network address.
 */
class LoopbackOnlyTest {

    @Test
    void theEngineGatewayAndTheDatabaseServerListenOnLoopbackOnly() throws Exception {
        Optional<InetAddress> network = networkAddress();
        Assumptions.assumeTrue(network.isPresent(), "this machine has no network address to connect from");
        Path data = Files.createTempDirectory("convene-loopback");
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--convene.test.database=as-configured"));
        TestDatabase.embeddedDefault(data).forEach((name, value) -> arguments.add("--" + name + "=" + value));
        try (ConfigurableApplicationContext convene = new SpringApplicationBuilder(ConveneApplication.class, TimeMachine.Configuration.class)
                .run(arguments.toArray(String[]::new))) {
            int gateway = convene.getEnvironment().getRequiredProperty(EngineEnvironment.GATEWAY_PORT, Integer.class);
            Properties lock = new Properties();
            try (var in = Files.newInputStream(data.resolve("convene.lock.db"))) {
                lock.load(in);
            }
            int database = Integer.parseInt(lock.getProperty("server").replaceAll(".*:", ""));

            for (int port : List.of(gateway, database)) {
                connect(InetAddress.getLoopbackAddress(), port);
                assertThatThrownBy(() -> connect(network.get(), port)).as("port " + port + " from " + network.get())
                        .isInstanceOf(IOException.class);
            }
            SpringApplication.exit(convene);
        }
    }

    private static void connect(InetAddress address, int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2000);
        }
    }

    private static Optional<InetAddress> networkAddress() throws IOException {
        for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (network.isUp() && !network.isLoopback()) {
                for (InetAddress address : Collections.list(network.getInetAddresses())) {
                    if (address instanceof Inet4Address) {
                        return Optional.of(address);
                    }
                }
            }
        }
        return Optional.empty();
    }
}
