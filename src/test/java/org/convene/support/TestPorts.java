package org.convene.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * Ports the tests open, each a free one found when the run starts, never a fixed number: a mail catcher or a second
 * build on the machine must not fail the run.
 */
public final class TestPorts {

    /** Where the shared context sends its mail, and where the tests that catch it start GreenMail. */
    public static final int SMTP = free();

    private TestPorts() {
    }

    /** A port nothing on the loopback address listens on now. */
    public static int free() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
