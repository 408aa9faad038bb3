package dev.orderledger.app.identity;

import dev.orderledger.api.security.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A person who can log in: an email and/or a phone, a BCrypt password hash, a nickname and roles. */
@Entity
@Table(name = "user_account")
class User {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_account_ids")
    @SequenceGenerator(name = "user_account_ids", sequenceName = "user_account_id_seq", allocationSize = 1)
    private Long id;
    @Column(name = "email")
    private String email;
    @Column(name = "phone")
    private String phone;
    @Column(name = "nickname", nullable = false)
    private String nickname;
    @Column(name = "password_hash", nullable = false)
    private String passwordHash;
    @Column(name = "roles", nullable = false)
    private String roles;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected User() {
        // for JPA
    }

    User(String email, String phone, String nickname, String passwordHash, Set<Role> roles, Instant createdAt) {
        this.email = email;
        this.phone = phone;
        this.nickname = nickname;
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
        grant(roles);
    }

    String userId() {
        return String.valueOf(id);
    }

    String nickname() {
        return nickname;
    }

    /** The phone the user logs in with and gets SMS on; null when they gave none. */
    String phone() {
        return phone;
    }

    String passwordHash() {
        return passwordHash;
    }

    Set<Role> roles() {
        if (roles.isBlank()) {
            return EnumSet.noneOf(Role.class);
        }
        return Arrays.stream(roles.split(",")).map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    void grant(Set<Role> newRoles) {
        EnumSet<Role> all = EnumSet.of(Role.BUYER);
        all.addAll(newRoles);
        this.roles = all.stream().map(Enum::name).collect(Collectors.joining(","));
    }
}
