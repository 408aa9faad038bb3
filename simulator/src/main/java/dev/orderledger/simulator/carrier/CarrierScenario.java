package dev.orderledger.simulator.carrier;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.orderledger.simulator.CallbackKnobs;
import dev.orderledger.simulator.Knobs;

/**
 * How the simulated carrier treats a shipment. In JSON every field is optional (absent means the
 * default below); unknown fields are refused.
 *
 * @param outcome            DELIVER, FAIL (FAILED instead of SHIPPED) or HOLD (stops after SHIPPED)
 * @param shipDelayMillis    from ACCEPTED to SHIPPED (default 50)
 * @param deliverDelayMillis from SHIPPED to DELIVERED (default 50)
 * @param duplicateCallbacks extra copies of the final callback (default 0)
 * @param reorder            the final callback before the ones that precede it
 * @param dropCallbacks      send no callback; only a status query tells
 * @param loseReply          do the work, then answer 504 with no body
 * @param acceptedCallback   send ACCEPTED first (default true)
 */
public record CarrierScenario(Outcome outcome, long shipDelayMillis, long deliverDelayMillis, int duplicateCallbacks,
                              boolean reorder, boolean dropCallbacks, boolean loseReply, boolean acceptedCallback) {

    /** How the shipment ends. */
    public enum Outcome { DELIVER, FAIL, HOLD }

    public static final long DEFAULT_DELAY_MILLIS = 50;
    public static final CarrierScenario DEFAULT = of(null, null, null, null, null, null, null, null);

    @JsonCreator
    public static CarrierScenario of(@JsonProperty("outcome") Outcome outcome,
                                     @JsonProperty("shipDelayMillis") Long shipDelayMillis,
                                     @JsonProperty("deliverDelayMillis") Long deliverDelayMillis,
                                     @JsonProperty("duplicateCallbacks") Integer duplicateCallbacks,
                                     @JsonProperty("reorder") Boolean reorder,
                                     @JsonProperty("dropCallbacks") Boolean dropCallbacks,
                                     @JsonProperty("loseReply") Boolean loseReply,
                                     @JsonProperty("acceptedCallback") Boolean acceptedCallback) {
        return new CarrierScenario(outcome == null ? Outcome.DELIVER : outcome,
                Knobs.delay(shipDelayMillis, DEFAULT_DELAY_MILLIS, "shipDelayMillis"),
                Knobs.delay(deliverDelayMillis, DEFAULT_DELAY_MILLIS, "deliverDelayMillis"),
                Knobs.duplicates(duplicateCallbacks), Knobs.flag(reorder, false), Knobs.flag(dropCallbacks, false),
                Knobs.flag(loseReply, false), Knobs.flag(acceptedCallback, true));
    }

    public CallbackKnobs knobs() {
        return new CallbackKnobs(duplicateCallbacks, reorder, dropCallbacks);
    }
}
