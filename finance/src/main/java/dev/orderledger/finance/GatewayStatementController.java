package dev.orderledger.finance;

import dev.orderledger.api.bounds.InCalendar;
import dev.orderledger.api.gateway.GatewayStatement;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

/**
 * Finance (and admins) match the payment gateway's statement of a UTC day with the journal: the
 * gateway's CSV file is the body ({@code text/csv} or {@code text/plain}), the report comes as JSON,
 * or as the text summary for {@code Accept: text/plain}. Nothing is stored: the file stays the
 * gateway's record, and each request matches it again with the event store as it is then. A body
 * that is not a statement is answered 400, naming the line at fault.
 */
@RestController
@RequestMapping("/api/finance/gateway-statements/{day}")
@PreAuthorize("hasAnyRole('FINANCE','ADMIN')")
class GatewayStatementController {

    private final GatewayStatements statements;

    GatewayStatementController(GatewayStatements statements) {
        this.statements = statements;
    }

    @PostMapping(consumes = {GatewayStatement.MEDIA_TYPE, MediaType.TEXT_PLAIN_VALUE}, produces = MediaType.APPLICATION_JSON_VALUE)
    GatewayStatementReport report(@PathVariable @InCalendar LocalDate day, @RequestBody(required = false) String csv) {
        return statements.match(day, csv);
    }

    @PostMapping(consumes = {GatewayStatement.MEDIA_TYPE, MediaType.TEXT_PLAIN_VALUE}, produces = MediaType.TEXT_PLAIN_VALUE)
    String summary(@PathVariable @InCalendar LocalDate day, @RequestBody(required = false) String csv) {
        return report(day, csv).summary();
    }
}
