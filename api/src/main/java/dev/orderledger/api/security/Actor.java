package dev.orderledger.api.security;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.Objects;
import java.util.Set;

/**
 * The authenticated user on whose behalf a request runs. Controllers take it as a parameter; the
 * application resolves it from the bearer token.
 */
public record Actor(UserId userId, Set<Role> roles) {

    public Actor {
        Objects.requireNonNull(userId, "userId");
        roles = Set.copyOf(roles);
    }

    /** The ledger itself, acting for a business process (a saga or a partner's callback). */
    public static final UserId SYSTEM_USER = UserId.of("ledger");

    /** The ledger's own processes act with the admin role: they ship, approve and refund on the platform's behalf. */
    public static Actor system() {
        return new Actor(SYSTEM_USER, Set.of(Role.ADMIN));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    @JsonIgnore
    public boolean isAdmin() {
        return has(Role.ADMIN);
    }
}
