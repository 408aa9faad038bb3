package dev.orderledger.api.notification;

import java.util.List;

/** A page of an endpoint's delivery log, newest first. */
public record DeliveryPage(List<DeliveryView> items, int page, int size, long total) {

    public DeliveryPage {
        items = List.copyOf(items);
    }
}
