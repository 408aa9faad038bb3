package dev.orderledger.api.security;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.Objects;
import java.util.Set;

/**
 * The authenticated user on whose behalf a request runs. Controllers take it as a parameter; the
 * application resolves it from the bearer token.
 */
public record Actor(String userId, Set<Role> roles) {

    public Actor {
        Objects.requireNonNull(userId, "userId");
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    @JsonIgnore
    public boolean isAdmin() {
        return has(Role.ADMIN);
    }
}
