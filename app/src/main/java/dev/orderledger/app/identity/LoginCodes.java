package dev.orderledger.app.identity;

import dev.orderledger.notification.sms.SmsSender;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One-time SMS login codes: six digits, stored only as a hash, valid for
 * {@code ledger.security.otp.ttl}, and burnt after {@code ledger.security.otp.max-attempts} wrong tries.
 */
@Component
class LoginCodes {

    private final JdbcTemplate jdbc;
    private final PasswordEncoder hasher;
    private final SmsSender sms;
    private final Clock clock;
    private final Duration ttl;
    private final int maxAttempts;
    private final SecureRandom random = new SecureRandom();

    LoginCodes(JdbcTemplate jdbc, PasswordEncoder hasher, SmsSender sms, Clock clock,
               @Value("${ledger.security.otp.ttl:PT5M}") Duration ttl,
               @Value("${ledger.security.otp.max-attempts:5}") int maxAttempts) {
        this.jdbc = jdbc;
        this.hasher = hasher;
        this.sms = sms;
        this.clock = clock;
        this.ttl = ttl;
        this.maxAttempts = maxAttempts;
    }

    /** Sends a new code to the phone, replacing any earlier one. */
    void send(String phone) {
        String code = String.format("%06d", random.nextInt(1_000_000));
        Instant expires = clock.instant().plus(ttl);
        jdbc.update("""
                INSERT INTO login_code (phone, code_hash, expires_at, attempts_left) VALUES (?, ?, ?, ?)
                ON CONFLICT (phone) DO UPDATE SET code_hash = EXCLUDED.code_hash,
                    expires_at = EXCLUDED.expires_at, attempts_left = EXCLUDED.attempts_left""",
                phone, hasher.encode(code), Timestamp.from(expires), maxAttempts);
        sms.send(phone, "Your Order Ledger login code is " + code + ". It expires in " + ttl.toMinutes() + " minutes.");
    }

    /**
     * True once for the right code within its lifetime; every wrong try uses one attempt up. Runs in
     * a transaction of its own so that a failed try is counted even though the login fails.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    boolean redeem(String phone, String code) {
        Optional<StoredCode> stored = jdbc.query(
                "SELECT code_hash, expires_at, attempts_left FROM login_code WHERE phone = ? FOR UPDATE",
                (row, index) -> new StoredCode(row.getString(1), row.getTimestamp(2).toInstant(), row.getInt(3)), phone)
                .stream().findFirst();
        if (stored.isEmpty()) {
            return false;
        }
        if (stored.get().attemptsLeft() <= 0 || clock.instant().isAfter(stored.get().expiresAt())) {
            jdbc.update("DELETE FROM login_code WHERE phone = ?", phone);
            return false;
        }
        if (hasher.matches(code, stored.get().hash())) {
            jdbc.update("DELETE FROM login_code WHERE phone = ?", phone);
            return true;
        }
        jdbc.update("UPDATE login_code SET attempts_left = attempts_left - 1 WHERE phone = ?", phone);
        return false;
    }

    private record StoredCode(String hash, Instant expiresAt, int attemptsLeft) {
    }
}
