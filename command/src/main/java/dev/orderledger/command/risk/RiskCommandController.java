package dev.orderledger.command.risk;

import dev.orderledger.api.common.Identifiers;
import dev.orderledger.api.common.MultiLine;
import dev.orderledger.api.risk.BlockUserCommand;
import dev.orderledger.api.risk.FindStandingQuery;
import dev.orderledger.api.risk.Standing;
import dev.orderledger.api.risk.UnblockUserCommand;
import dev.orderledger.api.security.Actor;
import dev.orderledger.api.security.UserId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;

/** Admins block and unblock users, with a reason, and read a user's standing and its history. */
@RestController
@RequestMapping("/api/admin/users/{userId}")
@PreAuthorize("hasRole('ADMIN')")
@Validated
class RiskCommandController {

    private final CommandGateway commands;
    private final Standings standings;
    private final Clock clock;

    RiskCommandController(CommandGateway commands, Standings standings, Clock clock) {
        this.commands = commands;
        this.standings = standings;
        this.clock = clock;
    }

    /** Blocks the user: their unpaid orders are cancelled ({@code RISK_CONTROL}) and what they held goes back. */
    @PostMapping("/blocking")
    ResponseEntity<Void> block(@PathVariable @Pattern(regexp = Identifiers.NAME_REGEX) String userId,
                               @Valid @RequestBody Reason reason, Actor admin) {
        commands.sendAndWait(new BlockUserCommand(UserId.of(userId), admin, reason.reason(), clock.instant()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/unblocking")
    ResponseEntity<Void> unblock(@PathVariable @Pattern(regexp = Identifiers.NAME_REGEX) String userId,
                                 @Valid @RequestBody Reason reason, Actor admin) {
        commands.sendAndWait(new UnblockUserCommand(UserId.of(userId), admin, reason.reason(), clock.instant()));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/standing")
    Standing standing(@PathVariable @Pattern(regexp = Identifiers.NAME_REGEX) String userId) {
        return standings.find(new FindStandingQuery(UserId.of(userId)));
    }

    record Reason(@MultiLine @NotBlank @Size(max = 500) String reason) {
    }
}
