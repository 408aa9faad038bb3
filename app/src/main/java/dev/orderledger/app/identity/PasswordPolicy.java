package dev.orderledger.app.identity;

import java.util.Optional;

/**
 * Passwords are 10 to 128 characters, hold at least one letter and one digit, and are not the
 * login itself.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** Why the password is refused, or empty when it is acceptable. */
    static Optional<String> violation(String password, String login) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            return Optional.of("must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters");
        }
        if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
            return Optional.of("must contain a letter and a digit");
        }
        if (login != null && password.equalsIgnoreCase(login)) {
            return Optional.of("must not be the same as the login");
        }
        return Optional.empty();
    }
}
