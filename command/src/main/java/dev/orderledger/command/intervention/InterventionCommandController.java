package dev.orderledger.command.intervention;

import dev.orderledger.api.common.Identifiers;
import dev.orderledger.api.common.MultiLine;
import dev.orderledger.api.intervention.InterventionId;
import dev.orderledger.api.intervention.ResolveInterventionCommand;
import dev.orderledger.api.intervention.RetryInterventionCommand;
import dev.orderledger.api.security.Actor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;

/**
 * The manual intervention queue, for admins: ask a stuck process to try its failed step again, or
 * resolve the intervention by hand with a note saying what was done.
 */
@RestController
class InterventionCommandController {

    private final CommandGateway commands;
    private final Clock clock;

    InterventionCommandController(CommandGateway commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    @PostMapping("/api/admin/interventions/{interventionId}/retry")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Void> retry(@PathVariable @Pattern(regexp = Identifiers.INTERVENTION_ID_REGEX) String interventionId,
                               Actor admin) {
        commands.sendAndWait(new RetryInterventionCommand(InterventionId.of(interventionId), admin, clock.instant()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/admin/interventions/{interventionId}/resolution")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Void> resolve(@PathVariable @Pattern(regexp = Identifiers.INTERVENTION_ID_REGEX) String interventionId,
                                 @Valid @RequestBody Resolution resolution, Actor admin) {
        commands.sendAndWait(new ResolveInterventionCommand(InterventionId.of(interventionId), admin, resolution.note(), clock.instant()));
        return ResponseEntity.noContent().build();
    }

    record Resolution(@MultiLine @NotBlank @Size(max = 500) String note) {
    }
}
