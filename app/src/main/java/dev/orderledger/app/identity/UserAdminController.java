package dev.orderledger.app.identity;

import dev.orderledger.api.security.Role;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Set;

/** Admins grant roles (seller, admin, finance). Every user keeps the buyer role. */
@RestController
@RequestMapping("/api/admin/users")
class UserAdminController {

    private final Users accounts;

    UserAdminController(Users accounts) {
        this.accounts = accounts;
    }

    @PutMapping("/{userId}/roles")
    @PreAuthorize("hasRole('ADMIN')")
    Roles grant(@PathVariable long userId, @Valid @RequestBody Roles request) {
        User user = accounts.grant(userId, Set.copyOf(request.roles()));
        return new Roles(user.roles().stream().sorted().toList());
    }

    record Roles(@NotNull @Size(max = 10) List<@NotNull Role> roles) {
    }
}
