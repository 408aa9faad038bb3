package dev.orderledger.saga.gateway;

import dev.orderledger.saga.partner.PartnerHttp;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The payment gateway over HTTP: {@code POST /payments}, {@code GET /payments/{requestId}},
 * {@code POST /refunds}, {@code GET /refunds/{refundId}} under its base URL. Every request carries
 * its request id or refund id, on which the gateway is idempotent.
 */
public class HttpPaymentGateway implements PaymentGateway {

    private final PartnerHttp http;

    public HttpPaymentGateway(PartnerHttp http) {
        this.http = http;
    }

    @Override
    public CompletableFuture<PaymentAccepted> requestPayment(PaymentRequest request) {
        return http.post("/payments", request, PaymentAccepted.class, PaymentDeclined::new);
    }

    @Override
    public Optional<GatewayPayment> findPayment(String requestId) {
        return http.get("/payments/" + PartnerHttp.segment(requestId), GatewayPayment.class);
    }

    @Override
    public CompletableFuture<RefundAccepted> requestRefund(RefundRequest request) {
        return http.post("/refunds", request, RefundAccepted.class, PaymentDeclined::new);
    }

    @Override
    public Optional<GatewayRefund> findRefund(String refundId) {
        return http.get("/refunds/" + PartnerHttp.segment(refundId), GatewayRefund.class);
    }
}
