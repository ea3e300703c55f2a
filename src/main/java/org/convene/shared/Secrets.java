package org.convene.shared;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The one rule for Convene's secrets (the link key, the audit key): configured, from the environment or a secret store,
 * and at least {@value #SHORTEST} characters. Only the demo may go without one, and then makes one up itself; outside
 * the demo a missing secret stops Convene starting, with a message naming its environment variable.
 */
public final class Secrets {

    public static final int SHORTEST = 32;

    private Secrets() {
    }

    /**
     * @param value       what is configured, blank for nothing
     * @param property    the property it is read from, such as {@code convene.audit.key}
     * @param environment the environment variable an operator sets, such as {@code CONVENE_AUDIT_KEY}
     * @param what        what it is for, for the message: "password-free links"
     * @return the secret's bytes, or empty in the demo when none is configured
     */
    public static Optional<byte[]> configured(String value, String property, String environment, String what, boolean demo) {
        if (!value.isBlank()) {
            return Optional.of(checked(value, property));
        }
        if (!demo) {
            throw new IllegalStateException("No key for " + what + ": set " + environment + " (" + property + ") to a random value of at "
                    + "least " + SHORTEST + " characters, from the environment or a secret store. Only the demo (convene.demo-data=true) makes one up.");
        }
        return Optional.empty();
    }

    /** A configured secret long enough to be one. */
    public static byte[] checked(String value, String property) {
        if (value.length() < SHORTEST) {
            throw new IllegalStateException(property + " is too short: use a random value of at least " + SHORTEST + " characters");
        }
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
