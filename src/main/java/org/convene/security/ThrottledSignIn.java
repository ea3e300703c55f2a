package org.convene.security;

import java.time.Duration;
import java.util.Map;
import org.convene.audit.AuditTrail;
import org.convene.directory.Directory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Password sign-in (the form and HTTP basic alike), throttled by account and by address before any password is
 * checked; every wrong password is audited against the account it named.
 */
@Component
class ThrottledSignIn implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(ThrottledSignIn.class);

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final Directory directory;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;

    ThrottledSignIn(PasswordEncoder encoder, SignInThrottle throttle, Directory directory, AuditTrail audit, TransactionTemplate transaction) {
        this.passwords = new DaoAuthenticationProvider(new DirectoryUserDetailsService(directory));
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
        this.directory = directory;
        this.audit = audit;
        this.transaction = transaction;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "unknown";
        Duration wait = throttle.waitBeforeTrying(username, address);
        if (!wait.isZero()) {
            log.warn("Sign-in refused unchecked: too many wrong passwords for the account or from the address");
            throw new TooManyAttemptsException(wait);
        }
        try {
            Authentication signedIn = passwords.authenticate(attempt);
            throttle.succeeded(username);
            return signedIn;
        } catch (BadCredentialsException wrong) {
            throttle.failed(username, address);
            auditFailure(username, address);
            throw wrong;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** The account is named only when it exists: a mistyped name may be anything, even a child's. */
    private void auditFailure(String username, String address) {
        var person = directory.personByUsername(username);
        transaction.executeWithoutResult(status -> audit.record(person.map(p -> p.username()).orElse("unknown"), "sign-in.failed",
                "person", person.map(p -> String.valueOf(p.id())).orElse("unknown"), Map.of("address", address)));
    }

    /** Too many wrong passwords: no password is checked until the wait is over. */
    static final class TooManyAttemptsException extends AuthenticationException {

        private final Duration wait;

        TooManyAttemptsException(Duration wait) {
            super("Too many attempts");
            this.wait = wait;
        }

        Duration waitFor() {
            return wait;
        }
    }
}
