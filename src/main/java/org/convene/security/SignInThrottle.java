package org.convene.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Wrong passwords allowed per account and per address: each wrong one takes a token from both buckets, and while
 * either is empty no password is even checked. The buckets refill whole at the end of each period, and are kept in a
 * bounded cache, so that a spray of made-up names cannot fill the memory.
 */
@Component
class SignInThrottle {

    private final Cache<String, Bucket> accounts;
    private final Cache<String, Bucket> addresses;
    private final int perAccount;
    private final int perAddress;
    private final Duration period;
    private final TimeMeter time;

    SignInThrottle(@Value("${convene.sign-in.failures-per-account:5}") int perAccount,
                   @Value("${convene.sign-in.failures-per-address:50}") int perAddress,
                   @Value("${convene.sign-in.period:PT15M}") Duration period, Clock clock) {
        this.perAccount = perAccount;
        this.perAddress = perAddress;
        this.period = period;
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return clock.millis() * 1_000_000;
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
        this.accounts = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(period.multipliedBy(2)).build();
        this.addresses = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(period.multipliedBy(2)).build();
    }

    /** How long until this account may try again from this address; zero when it may now. */
    Duration waitBeforeTrying(String username, String address) {
        long nanos = Math.max(waitNanos(accounts.getIfPresent(key(username))), waitNanos(addresses.getIfPresent(address)));
        return Duration.ofNanos(nanos);
    }

    void failed(String username, String address) {
        accounts.get(key(username), k -> bucket(perAccount)).tryConsume(1);
        addresses.get(address, k -> bucket(perAddress)).tryConsume(1);
    }

    /** The account's count starts again after a right password; the address's does not. */
    void succeeded(String username) {
        accounts.invalidate(key(username));
    }

    private static long waitNanos(Bucket bucket) {
        return bucket == null ? 0 : bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
    }

    private Bucket bucket(int failures) {
        return Bucket.builder().addLimit(limit -> limit.capacity(failures).refillIntervally(failures, period))
                .withCustomTimePrecision(time).build();
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
