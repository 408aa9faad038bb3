package dev.orderledger.app.identity;

import dev.orderledger.api.common.ResourceNotFound;
import dev.orderledger.api.common.StateConflict;
import dev.orderledger.api.security.Role;
import dev.orderledger.app.web.InvalidInput;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Registration, password and code login, and role grants. */
@Service
class Users {

    /** Compared against when the login is unknown, so both cases take a BCrypt's time. */
    private final String absentUserHash;

    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final TokenIssuer tokens;
    private final LoginCodes codes;
    private final Clock clock;

    Users(UserRepository users, PasswordEncoder passwords, TokenIssuer tokens, LoginCodes codes, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.tokens = tokens;
        this.codes = codes;
        this.clock = clock;
        this.absentUserHash = passwords.encode("no such user, no such password");
    }

    record Registration(String email, String phone, String password, String nickname, Set<Role> roles) {
    }

    @Transactional
    User register(Registration registration) {
        String email = normalisedEmail(registration.email());
        String phone = normalisedPhone(registration.phone());
        if (email == null && phone == null) {
            throw new InvalidInput("email", "give an email or a phone number to log in with");
        }
        PasswordPolicy.violation(registration.password(), email != null ? email : phone).ifPresent(reason -> {
            throw new InvalidInput("password", reason);
        });
        if ((email != null && users.existsByEmail(email)) || (phone != null && users.existsByPhone(phone))) {
            throw new StateConflict("REGISTERED", "this email or phone is already registered");
        }
        try {
            return users.saveAndFlush(new User(email, phone, registration.nickname().strip(),
                    passwords.encode(registration.password()), registration.roles(), clock.instant()));
        } catch (DataIntegrityViolationException raceLost) {
            throw new StateConflict("REGISTERED", "this email or phone is already registered");
        }
    }

    @Transactional(readOnly = true)
    TokenIssuer.AccessToken login(String login, String password) {
        Optional<User> user = find(login);
        String hash = user.map(User::passwordHash).orElse(absentUserHash);
        if (!passwords.matches(password, hash) || user.isEmpty()) {
            throw new BadCredentialsException("wrong login or password");
        }
        return tokens.issue(user.get());
    }

    /** Sends a login code when the phone belongs to a user; says nothing either way. */
    @Transactional
    void sendLoginCode(String phone) {
        String normalised = normalisedPhone(phone);
        if (normalised != null && users.existsByPhone(normalised)) {
            codes.send(normalised);
        }
    }

    TokenIssuer.AccessToken loginWithCode(String phone, String code) {
        String normalised = normalisedPhone(phone);
        if (normalised == null || !codes.redeem(normalised, code)) {
            throw new BadCredentialsException("wrong or expired code");
        }
        return tokens.issue(users.findByPhone(normalised).orElseThrow(() -> new BadCredentialsException("wrong or expired code")));
    }

    @Transactional
    User grant(long userId, Set<Role> roles) {
        User user = users.findById(userId).orElseThrow(() -> new ResourceNotFound("no user " + userId));
        user.grant(roles);
        return user;
    }

    @Transactional
    void ensureAdmin(String email, String password) {
        String normalised = normalisedEmail(email);
        if (users.findByEmail(normalised).isEmpty()) {
            register(new Registration(normalised, null, password, "admin", Set.of(Role.ADMIN, Role.FINANCE)));
        }
    }

    private Optional<User> find(String login) {
        if (login == null) {
            return Optional.empty();
        }
        return login.contains("@") ? users.findByEmail(normalisedEmail(login)) : users.findByPhone(normalisedPhone(login));
    }

    private static String normalisedEmail(String email) {
        return email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    private static String normalisedPhone(String phone) {
        return phone == null || phone.isBlank() ? null : phone.replaceAll("[\\s-]", "");
    }
}
