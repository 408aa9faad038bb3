package dev.orderledger.simulator.carrier;

import dev.orderledger.api.common.ResourceNotFound;
import dev.orderledger.saga.carrier.Shipment;
import dev.orderledger.saga.carrier.ShipmentAccepted;
import dev.orderledger.saga.carrier.ShipmentRequest;
import dev.orderledger.simulator.ConditionalOnSimulator;
import dev.orderledger.simulator.Replies;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The simulated carrier's HTTP face, as the outside world it stands for (no bearer token):
 * shipments, their status, and the scenarios tests steer it with.
 */
@RestController
@RequestMapping("/simulator/carrier")
@ConditionalOnSimulator
class CarrierSimulatorController {

    private final SimulatedCarrier carrier;

    CarrierSimulatorController(SimulatedCarrier carrier) {
        this.carrier = carrier;
    }

    @PostMapping("/shipments")
    ResponseEntity<Object> ship(@RequestBody ShipmentRequest request) {
        return Replies.http(carrier.ship(request), shipment -> new ShipmentAccepted(shipment.shipmentId()));
    }

    @GetMapping("/shipments/{reference}")
    Shipment shipment(@PathVariable String reference) {
        return carrier.shipment(reference).orElseThrow(() -> new ResourceNotFound("no shipment " + reference));
    }

    @PutMapping("/scenarios/default")
    CarrierScenario setDefault(@RequestBody CarrierScenario scenario) {
        carrier.scenarios().setFallback(scenario);
        return scenario;
    }

    @DeleteMapping("/scenarios/default")
    ResponseEntity<Void> resetDefault() {
        carrier.scenarios().resetFallback();
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/scenarios/{key}")
    CarrierScenario set(@PathVariable String key, @RequestBody CarrierScenario scenario) {
        carrier.scenarios().set(key, scenario);
        return scenario;
    }

    @DeleteMapping("/scenarios/{key}")
    ResponseEntity<Void> remove(@PathVariable String key) {
        carrier.scenarios().remove(key);
        return ResponseEntity.noContent().build();
    }
}
