package dev.orderledger.app.simulation;

import java.util.List;

/**
 * One thing an actor does in a generated history. Actions name products, orders, pay orders and
 * refunds by their number in the history, not by id: a run gives them fresh ids, and an action whose
 * subject a shrunk history no longer has is skipped. Money is in minor units (fen).
 */
sealed interface Action {

    /** A seller creates a product (physical or virtual) with one or two SKUs and their initial stock; an admin approves it. */
    record NewProduct(int product, int seller, boolean virtual, List<Integer> prices, List<Integer> stock) implements Action {
    }

    /** The product's seller receives units of a SKU. */
    record ReceiveStock(int product, int sku, int quantity) implements Action {
    }

    /** The product's seller corrects a SKU's stock (a negative delta writes units off). */
    record AdjustStock(int product, int sku, int delta) implements Action {
    }

    /** The product's seller changes a SKU's price. */
    record ChangePrice(int product, int sku, int price) implements Action {
    }

    /** The product's seller takes it off the shelf, or puts it back. */
    record Shelve(int product, boolean onShelf) implements Action {
    }

    /** An admin credits a buyer's wallet (cash) or coins from the platform's marketing budget. */
    record Fund(int buyer, boolean coins, int amount) implements Action {
    }

    /** A buyer places an order of one seller's goods; the carrier will treat its shipment as told. */
    record Place(int order, int buyer, List<Line> lines, Misbehaviour.Carrier carrier) implements Action {
    }

    /** One line of an order: units of a product's SKU. */
    record Line(int product, int sku, int quantity) {
    }

    /**
     * A buyer pays orders with one pay order: part in coins and voucher (shares of what is due), the
     * rest in cash through the gateway or from the wallet; the gateway treats the payment as told, and
     * any money of it paid back (to an order that refused it, or after a late success) as {@code returns} tells.
     */
    record Pay(int payOrder, int buyer, List<Integer> orders, String method, Share coins, Share voucher,
               Misbehaviour.Gateway gateway, Misbehaviour.Gateway returns) implements Action {
    }

    /** The buyer (or customer service) cancels an order. */
    record Cancel(int order, boolean byAdmin) implements Action {
    }

    /** The seller ships a paid order by hand, or corrects its tracking number with the version seen. */
    record Ship(int order) implements Action {
    }

    /** The buyer confirms receipt, once the order is delivered (or has given up waiting for it). */
    record ConfirmReceipt(int order) implements Action {
    }

    /**
     * The buyer (or an admin) asks for a refund of some units of a line (or of what is left of the
     * whole order, {@code lineNo} null), with the goods back or not; the gateway treats its payment as told.
     */
    record RequestRefund(int refund, int order, Integer lineNo, int quantity, boolean withReturn, boolean byAdmin,
                         Misbehaviour.Gateway gateway) implements Action {
    }

    /** The seller approves or rejects a buyer's refund. */
    record Decide(int refund, boolean approve) implements Action {
    }

    /** The buyer sends the goods of a refund back. */
    record ShipReturn(int refund) implements Action {
    }

    /** The seller says whether the returned goods arrived. */
    record ReceiveReturn(int refund, boolean received) implements Action {
    }

    /** An admin settles a rejected refund. */
    record Arbitrate(int refund, boolean approve) implements Action {
    }

    /** An admin takes one of the history's open interventions ({@code pick} modulo how many) and retries or resolves it. */
    record Intervene(int pick, boolean retry) implements Action {
    }

    /** Everyone waits until the processes have nothing left to do by themselves. */
    record Pause() implements Action {
    }

    /** How much of what is due a buyer pays in coins, or in voucher. */
    enum Share {
        NONE(0), QUARTER(25), HALF(50), ALL(100);

        private final int percent;

        Share(int percent) {
            this.percent = percent;
        }

        /** This share of an amount in minor units, rounded down. */
        long of(long minor) {
            return minor * percent / 100;
        }
    }
}
