package dev.orderledger.simulator.gateway;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.orderledger.api.bounds.Amount;
import dev.orderledger.api.money.Money;
import dev.orderledger.simulator.CallbackKnobs;
import dev.orderledger.simulator.Knobs;

/**
 * How the simulated gateway treats a payment or a refund. In JSON every field is optional (absent
 * means the default below); unknown fields are refused.
 *
 * @param outcome             SUCCEED, FAIL (reported by callback) or DECLINE (refused at request time, 402)
 * @param callbackDelayMillis pause before each callback (default 20)
 * @param duplicateCallbacks  extra copies of the final callback (default 0)
 * @param reorder             the final callback before the PROCESSING one
 * @param dropCallbacks       send no callback; only a status query tells
 * @param loseReply           do the work, then answer 504 with no body
 * @param amountOverride      take this amount instead of the one asked (payments)
 * @param processingCallback  send PROCESSING before the final callback (default true; payments)
 */
public record GatewayScenario(Outcome outcome, long callbackDelayMillis, int duplicateCallbacks, boolean reorder,
                              boolean dropCallbacks, boolean loseReply, @Amount Money amountOverride,
                              boolean processingCallback) {

    /** What the gateway does with a request. */
    public enum Outcome { SUCCEED, FAIL, DECLINE }

    public static final long DEFAULT_DELAY_MILLIS = 20;
    public static final GatewayScenario DEFAULT = of(null, null, null, null, null, null, null, null);

    @JsonCreator
    public static GatewayScenario of(@JsonProperty("outcome") Outcome outcome,
                                     @JsonProperty("callbackDelayMillis") Long callbackDelayMillis,
                                     @JsonProperty("duplicateCallbacks") Integer duplicateCallbacks,
                                     @JsonProperty("reorder") Boolean reorder,
                                     @JsonProperty("dropCallbacks") Boolean dropCallbacks,
                                     @JsonProperty("loseReply") Boolean loseReply,
                                     @JsonProperty("amountOverride") Money amountOverride,
                                     @JsonProperty("processingCallback") Boolean processingCallback) {
        return new GatewayScenario(outcome == null ? Outcome.SUCCEED : outcome,
                Knobs.delay(callbackDelayMillis, DEFAULT_DELAY_MILLIS, "callbackDelayMillis"),
                Knobs.duplicates(duplicateCallbacks), Knobs.flag(reorder, false), Knobs.flag(dropCallbacks, false),
                Knobs.flag(loseReply, false), amountOverride, Knobs.flag(processingCallback, true));
    }

    public CallbackKnobs knobs() {
        return new CallbackKnobs(duplicateCallbacks, reorder, dropCallbacks);
    }
}
