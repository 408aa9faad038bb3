package dev.orderledger.command.order;

import dev.orderledger.api.common.MultiLine;
import dev.orderledger.api.order.ShippingAddress;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Where a buyer asks physical goods to be shipped, as a placement or a checkout takes it. */
public record ShippingAddressRequest(
        @NotBlank @Size(max = 100) String recipient,
        @NotBlank @Pattern(regexp = "\\+?[0-9 -]{5,20}") String phone,
        @NotBlank @Size(max = 100) String region,
        @MultiLine @NotBlank @Size(max = 300) String street,
        @Size(max = 20) String postalCode) {

    public ShippingAddress toAddress() {
        return new ShippingAddress(recipient, phone, region, street, postalCode);
    }
}
