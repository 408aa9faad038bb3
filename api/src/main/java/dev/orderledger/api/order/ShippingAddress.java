package dev.orderledger.api.order;

/** Where a physical order goes. */
public record ShippingAddress(String recipient, String phone, String region, String street, String postalCode) {
}
