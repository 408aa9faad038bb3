package dev.orderledger.simulator.gateway;

import dev.orderledger.api.bounds.InCalendar;
import dev.orderledger.api.common.ResourceNotFound;
import dev.orderledger.saga.gateway.GatewayPayment;
import dev.orderledger.saga.gateway.GatewayRefund;
import dev.orderledger.api.gateway.GatewayStatement;
import dev.orderledger.saga.gateway.GatewayStatus;
import dev.orderledger.saga.gateway.PaymentRequest;
import dev.orderledger.saga.gateway.RefundAccepted;
import dev.orderledger.saga.gateway.RefundRequest;
import dev.orderledger.simulator.ConditionalOnSimulator;
import dev.orderledger.simulator.Replies;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

/**
 * The simulated gateway's HTTP face, as the outside world it stands for (no bearer token):
 * payments and refunds, their status, the scenarios tests steer it with, and its daily statement
 * ({@code text/csv}, as is or with planted differences).
 */
@RestController
@RequestMapping("/simulator/gateway")
@ConditionalOnSimulator
class GatewaySimulatorController {

    /** The answer to a payment request. */
    record PaymentTaken(String transactionId, GatewayStatus status) {
    }

    private final SimulatedGateway gateway;

    GatewaySimulatorController(SimulatedGateway gateway) {
        this.gateway = gateway;
    }

    @PostMapping("/payments")
    ResponseEntity<Object> pay(@Valid @RequestBody PaymentRequest request) {
        return Replies.http(gateway.pay(request), payment -> new PaymentTaken(payment.transactionId(), payment.status()));
    }

    @GetMapping("/payments/{requestId}")
    GatewayPayment payment(@PathVariable String requestId) {
        return gateway.payment(requestId).orElseThrow(() -> new ResourceNotFound("no payment " + requestId));
    }

    @PostMapping("/refunds")
    ResponseEntity<Object> refund(@Valid @RequestBody RefundRequest request) {
        return Replies.http(gateway.refund(request), refund -> new RefundAccepted(refund.refundId()));
    }

    @GetMapping("/refunds/{refundId}")
    GatewayRefund refund(@PathVariable String refundId) {
        return gateway.refund(refundId).orElseThrow(() -> new ResourceNotFound("no refund " + refundId));
    }

    /** What succeeded on this UTC day, in the order it did, in the {@link GatewayStatement} format. */
    @GetMapping(path = "/statements/{day}", produces = GatewayStatement.MEDIA_TYPE)
    String statement(@PathVariable @InCalendar LocalDate day) {
        return gateway.statement(day).toCsv();
    }

    /** The same statement with the lines left out, repeated, changed or added that the body asks for. */
    @PostMapping(path = "/statements/{day}", produces = GatewayStatement.MEDIA_TYPE)
    String plantedStatement(@PathVariable @InCalendar LocalDate day,
                            @Valid @RequestBody(required = false) StatementEdits edits) {
        return gateway.statement(day, edits == null ? StatementEdits.NONE : edits).toCsv();
    }

    @PutMapping("/scenarios/default")
    GatewayScenario setDefault(@Valid @RequestBody GatewayScenario scenario) {
        gateway.scenarios().setFallback(scenario);
        return scenario;
    }

    @DeleteMapping("/scenarios/default")
    ResponseEntity<Void> resetDefault() {
        gateway.scenarios().resetFallback();
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/scenarios/{key}")
    GatewayScenario set(@PathVariable String key, @Valid @RequestBody GatewayScenario scenario) {
        gateway.scenarios().set(key, scenario);
        return scenario;
    }

    @DeleteMapping("/scenarios/{key}")
    ResponseEntity<Void> remove(@PathVariable String key) {
        gateway.scenarios().remove(key);
        return ResponseEntity.noContent().build();
    }
}
