package org.convene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.convene.support.ChildJvm;
import org.convene.support.HttpBrowser;
import org.convene.support.TestPorts;
import org.junit.jupiter.api.Test;

/**
 * Convene started as an orchestrator or a new user starts it: in a JVM of its own, with a working directory of its own
 * (so its ./data is fresh). A start that fails ends the process with a non-zero status, so that an orchestrator
 * restarts it; a start that works lets a demo account sign in as soon as the login page answers.
 */
class OwnProcessStartTest {

    /** Far more than a start takes on a loaded 2-core machine; only a process that never ends or never answers waits this long. */
    private static final long WAIT_SECONDS = 180;

    @Test
    void aSettingGivenTwiceEndsTheProcess() throws Exception {
        String output = outputOfAFailedStart("--camunda.client.request-timeout=PT10S", "--camunda.client.request-timeout=PT20S");
        assertThat(output).contains("APPLICATION FAILED TO START", "camunda.client.request-timeout");
    }

    @Test
    void anEngineThatCannotBeReachedEndsTheProcessAtTheStartUpDeadline() throws Exception {
        String nothingListens = "http://127.0.0.1:" + TestPorts.free();
        String output = outputOfAFailedStart("--convene.engine=remote", "--camunda.client.grpc-address=" + nothingListens,
                "--camunda.client.rest-address=" + nothingListens, "--convene.engine-start-up-timeout=PT5S");
        assertThat(output).contains("The engine did not answer within PT5S (convene.engine-start-up-timeout)");
    }

    @Test
    void aRemoteEngineWithoutItsAddressEndsTheProcessSayingWhatToSet() throws Exception {
        String output = outputOfAFailedStart("--convene.engine=remote", "--camunda.client.grpc-address=http://127.0.0.1:26500");
        assertThat(output).contains("convene.engine=remote needs camunda.client.rest-address to reach your Camunda 8 cluster");
    }

    @Test
    void aSaasClusterWithoutItsCredentialsEndsTheProcessSayingWhatToSet() throws Exception {
        String output = outputOfAFailedStart("--convene.engine=remote", "--camunda.client.mode=saas", "--camunda.client.cloud.cluster-id=c1",
                "--camunda.client.cloud.region=bru-2");
        assertThat(output).contains("convene.engine=remote needs camunda.client.auth.client-id, camunda.client.auth.client-secret to reach your Camunda 8 SaaS cluster");
    }

    @Test
    void aDemoAccountSignsInAsSoonAsTheLoginPageAnswers() throws Exception {
        int port = TestPorts.free();
        Path directory = Files.createTempDirectory("convene-start");
        Process convene = start(directory, "--server.port=" + port);
        try {
            HttpBrowser browser = new HttpBrowser();
            URI login = URI.create("http://127.0.0.1:" + port + "/login");
            long giveUpAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
            HttpResponse<String> page = null;
            while (page == null) {
                assertThat(convene.isAlive()).as("Convene is running; it printed:%n%s", tail(directory)).isTrue();
                assertThat(System.nanoTime()).as("the login page answered in time").isLessThan(giveUpAt);
                try {
                    page = browser.get(login);
                } catch (IOException notListeningYet) {
                    convene.waitFor(100, TimeUnit.MILLISECONDS);
                }
            }
            HttpResponse<String> signIn = browser.signIn(login, "cara.chair");
            assertThat(signIn.statusCode()).isEqualTo(302);
            assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).doesNotContain("/login"));
        } finally {
            convene.destroyForcibly();
        }
    }

    /** Starts Convene with these settings, waits for it to end by itself, non-zero, and returns what it printed. */
    private static String outputOfAFailedStart(String... settings) throws IOException, InterruptedException {
        Path directory = Files.createTempDirectory("convene-failed-start");
        List<String> arguments = new ArrayList<>(List.of("--server.port=0"));
        arguments.addAll(List.of(settings));
        Process convene = start(directory, arguments.toArray(String[]::new));
        try {
            assertThat(convene.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)).as("Convene ended by itself; it printed:%n%s", tail(directory)).isTrue();
            assertThat(convene.exitValue()).as("exit status").isNotZero();
            return Files.readString(directory.resolve("output.log"));
        } finally {
            convene.destroyForcibly();
        }
    }

    private static Process start(Path directory, String... settings) throws IOException {
        List<String> arguments = new ArrayList<>(List.of("--convene.test.database=as-configured"));
        arguments.addAll(List.of(settings));
        return new ProcessBuilder(ChildJvm.command(ConveneApplication.class, arguments)).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(directory.resolve("output.log").toFile()).start();
    }

    private static String tail(Path directory) throws IOException {
        String printed = Files.readString(directory.resolve("output.log"));
        return printed.substring(Math.max(0, printed.length() - 4000));
    }
}
