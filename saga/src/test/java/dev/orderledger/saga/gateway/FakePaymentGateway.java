package dev.orderledger.saga.gateway;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A payment gateway that remembers what it was asked and answers when the test says so: every
 * request gets a future the test completes; status queries answer what the test told it to know.
 */
public class FakePaymentGateway implements PaymentGateway {

    public final List<PaymentRequest> paymentRequests = new ArrayList<>();
    public final List<CompletableFuture<PaymentAccepted>> paymentAnswers = new ArrayList<>();
    public final List<RefundRequest> refundRequests = new ArrayList<>();
    public final List<String> paymentQueries = new ArrayList<>();
    public final List<String> refundQueries = new ArrayList<>();
    private final Map<String, GatewayPayment> payments = new HashMap<>();
    private final Map<String, GatewayRefund> refunds = new HashMap<>();

    @Override
    public CompletableFuture<PaymentAccepted> requestPayment(PaymentRequest request) {
        paymentRequests.add(request);
        CompletableFuture<PaymentAccepted> answer = new CompletableFuture<>();
        paymentAnswers.add(answer);
        return answer;
    }

    @Override
    public Optional<GatewayPayment> findPayment(String requestId) {
        paymentQueries.add(requestId);
        return Optional.ofNullable(payments.get(requestId));
    }

    @Override
    public CompletableFuture<RefundAccepted> requestRefund(RefundRequest request) {
        refundRequests.add(request);
        return new CompletableFuture<>();
    }

    @Override
    public Optional<GatewayRefund> findRefund(String refundId) {
        refundQueries.add(refundId);
        return Optional.ofNullable(refunds.get(refundId));
    }

    public void knows(GatewayPayment payment) {
        payments.put(payment.requestId(), payment);
    }

    public void knows(GatewayRefund refund) {
        refunds.put(refund.refundId(), refund);
    }

    /** The answer to the latest payment request. */
    public CompletableFuture<PaymentAccepted> lastPaymentAnswer() {
        return paymentAnswers.get(paymentAnswers.size() - 1);
    }
}
