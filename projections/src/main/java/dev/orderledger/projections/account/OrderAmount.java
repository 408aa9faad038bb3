package dev.orderledger.projections.account;

import java.math.BigDecimal;

/** An amount summed up for one order reference. */
public record OrderAmount(String orderReference, BigDecimal amount) {
}
