package org.convene.support;

import org.testcontainers.DockerClientFactory;

/** Whether a Docker engine answers here; tests that need one are skipped, visibly, where none does. */
public final class Docker {

    private Docker() {
    }

    public static boolean available() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
