package dev.orderledger.simulator.carrier;

import dev.orderledger.saga.carrier.Shipment;
import dev.orderledger.saga.carrier.ShipmentRequest;
import dev.orderledger.saga.carrier.ShipmentStatus;
import dev.orderledger.simulator.CallbackScript;
import dev.orderledger.simulator.CallbackScript.Beat;
import dev.orderledger.simulator.Knobs;
import dev.orderledger.simulator.Reply;
import dev.orderledger.simulator.RequestBook;
import dev.orderledger.simulator.Scenarios;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A carrier in memory. A shipment is taken once per fulfillment reference (asking again answers the
 * same shipment) and reported by signed callbacks: ACCEPTED, SHIPPED with carrier {@value #CARRIER}
 * and a tracking number, then DELIVERED; or FAILED; or nothing after SHIPPED when held. What happens
 * follows the {@link CarrierScenario} of its reference.
 */
public final class SimulatedCarrier {

    static final String CARRIER = "SIM-EXPRESS";
    static final String LOST = "parcel lost in transit (simulated)";

    private final Scenarios<CarrierScenario> scenarios = new Scenarios<>(CarrierScenario.DEFAULT);
    private final RequestBook<Shipment> shipments = new RequestBook<>(shipment -> shipment.status().ordinal());
    private final CallbackScript callbacks;

    public SimulatedCarrier(CallbackScript callbacks) {
        this.callbacks = callbacks;
    }

    public Scenarios<CarrierScenario> scenarios() {
        return scenarios;
    }

    public Reply<Shipment> ship(ShipmentRequest request) {
        String reference = Knobs.key(request.reference(), "reference");
        Knobs.require(request.orderId(), "orderId");
        CarrierScenario scenario = scenarios.forKey(reference);
        Shipment accepted = new Shipment(reference, request.orderId(), "sim-ship-" + UUID.randomUUID(),
                ShipmentStatus.ACCEPTED, null, null, null);
        boolean first = shipments.open(reference, accepted);
        if (first) {
            callbacks.play(beats(accepted, scenario), scenario.knobs(), notice -> shipments.advance(reference, notice));
        }
        return Reply.taken(shipments.find(reference).orElseThrow(), first, scenario.loseReply());
    }

    public Optional<Shipment> shipment(String reference) {
        return shipments.find(reference);
    }

    private static List<Beat<Shipment>> beats(Shipment accepted, CarrierScenario scenario) {
        List<Beat<Shipment>> beats = new ArrayList<>();
        if (scenario.acceptedCallback()) {
            beats.add(new Beat<>(0, accepted));
        }
        if (scenario.outcome() == CarrierScenario.Outcome.FAIL) {
            beats.add(new Beat<>(scenario.shipDelayMillis(), moved(accepted, ShipmentStatus.FAILED, null, LOST)));
            return beats;
        }
        String trackingNumber = "SIM" + String.format("%012d", ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
        beats.add(new Beat<>(scenario.shipDelayMillis(), moved(accepted, ShipmentStatus.SHIPPED, trackingNumber, null)));
        if (scenario.outcome() == CarrierScenario.Outcome.DELIVER) {
            beats.add(new Beat<>(scenario.deliverDelayMillis(),
                    moved(accepted, ShipmentStatus.DELIVERED, trackingNumber, null)));
        }
        return beats;
    }

    private static Shipment moved(Shipment accepted, ShipmentStatus status, String trackingNumber, String reason) {
        return new Shipment(accepted.reference(), accepted.orderId(), accepted.shipmentId(), status,
                trackingNumber == null ? null : CARRIER, trackingNumber, reason);
    }
}
