package dev.orderledger.command.account;

import dev.orderledger.api.account.AccountId;
import dev.orderledger.api.account.TransferId;
import dev.orderledger.api.account.TransferMoneyCommand;
import dev.orderledger.api.account.TransferResult;
import dev.orderledger.api.common.MultiLine;
import dev.orderledger.api.bounds.Amount;
import dev.orderledger.api.common.Identifiers;
import dev.orderledger.api.money.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;

/**
 * Admins move money by hand (a goodwill credit, a correction) through the same journal as every
 * automatic movement. Finance reads the journal but never writes it.
 */
@RestController
class TransferCommandController {

    private final CommandGateway commands;
    private final Clock clock;

    TransferCommandController(CommandGateway commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    @PostMapping("/api/admin/transfers")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<TransferResult> transfer(@Valid @RequestBody TransferRequest request) {
        TransferResult result = commands.sendAndWait(new TransferMoneyCommand(TransferId.of(request.transferId()),
                AccountId.parse(request.from()), AccountId.parse(request.to()), request.amount(),
                request.orderReference(), request.memo(), clock.instant()));
        return ResponseEntity.status(result.recorded() ? HttpStatus.CREATED : HttpStatus.OK).body(result);
    }

    record TransferRequest(
            @NotNull @Pattern(regexp = Identifiers.CHOSEN_TRANSFER_ID_REGEX) String transferId,
            @NotNull @Pattern(regexp = "[a-z-]+:[A-Za-z0-9_-]{1,64}", message = "is kind:owner") String from,
            @NotNull @Pattern(regexp = "[a-z-]+:[A-Za-z0-9_-]{1,64}", message = "is kind:owner") String to,
            @NotNull @Amount Money amount,
            @Size(max = 64) String orderReference,
            @MultiLine @NotBlank @Size(max = 200) String memo) {
    }
}
