package dev.orderledger.saga;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The processes' clocks ({@code ledger.processes.*}).
 *
 * @param recheckInterval  how long a process waits for a partner's answer before asking the partner
 *                         itself (payment states P2, P5, P7; fulfillment F1, F2; refunds at the gateway),
 *                         and then again at this interval until it knows
 * @param autoConfirmAfter how long after delivery an order's receipt is confirmed for the buyer
 */
@ConfigurationProperties("ledger.processes")
public record ProcessSettings(@DefaultValue("PT30S") Duration recheckInterval,
                              @DefaultValue("P7D") Duration autoConfirmAfter) {
}
