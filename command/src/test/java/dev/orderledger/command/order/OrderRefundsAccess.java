package dev.orderledger.command.order;

import org.axonframework.modelling.command.Repository;

/** Lets tests of other packages build the real Order and OrderRefunds around an Axon configuration. */
public final class OrderRefundsAccess {

    private OrderRefundsAccess() {
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static Class orderType() {
        return Order.class;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static OrderRefunds over(Repository repository) {
        return new OrderRefunds(repository);
    }
}
