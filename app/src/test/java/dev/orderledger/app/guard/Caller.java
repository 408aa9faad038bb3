package dev.orderledger.app.guard;

import java.util.List;

/**
 * Who sends a generated request: nobody (no token), a user foreign to the records the request names
 * (another buyer, another seller, or a non-admin for admin operations), or their owner.
 */
enum Caller {
    ANONYMOUS, FOREIGN, OWNER;

    /** The role that owns what an operation acts on. */
    enum Role { BUYER, SELLER, ADMIN }

    private static final List<String> ADMIN_PATHS = List.of("/api/admin/", "/api/finance/", "/api/accounts/platform",
            "/simulator/");
    private static final List<String> SELLER_PATHS = List.of("/api/products/{productId}/", "/api/inventory/",
            "/api/seller/", "/api/orders/{orderId}/shipment", "/api/refunds/{refundId}/decision",
            "/api/refunds/{refundId}/return-receipt", "/api/webhooks");

    /** Admins own admin, finance and simulator operations; sellers their products, stock, shipments, refund decisions and webhooks; buyers the rest. */
    static Role ownerOf(ApiOperation operation) {
        String path = operation.path();
        if (ADMIN_PATHS.stream().anyMatch(path::startsWith)) {
            return Role.ADMIN;
        }
        boolean sellerWrite = operation.method().equals("POST")
                && (path.equals("/api/products") || path.equals("/api/coupon-templates"));
        if (sellerWrite || SELLER_PATHS.stream().anyMatch(path::startsWith)) {
            return Role.SELLER;
        }
        return Role.BUYER;
    }
}
