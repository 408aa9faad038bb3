package dev.orderledger.command.cart;

import dev.orderledger.api.product.ProductId;
import dev.orderledger.api.product.SkuId;
import dev.orderledger.api.product.SkuRef;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** The cart tables: a cart row per buyer or guest (guests' rows expire), a row per line. */
@Repository
class CartStore {

    private final JdbcTemplate jdbc;

    CartStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The cart's lines in the order they were added; none for a cart that does not exist or has expired. */
    List<CartLine> lines(CartKey cart, Instant now) {
        return jdbc.query("""
                        SELECT l.product_id, l.sku_id, l.quantity, l.selected, l.added_at
                        FROM cart c JOIN cart_line l ON l.cart_key = c.cart_key
                        WHERE c.cart_key = ? AND (c.expires_at IS NULL OR c.expires_at > ?)
                        ORDER BY l.added_at, l.product_id, l.sku_id""",
                (row, n) -> new CartLine(new SkuRef(ProductId.of(row.getString(1)), SkuId.of(row.getString(2))),
                        row.getInt(3), row.getBoolean(4), row.getTimestamp(5).toInstant()),
                cart.value(), Timestamp.from(now));
    }

    boolean exists(CartKey cart, Instant now) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM cart WHERE cart_key = ? AND (expires_at IS NULL OR expires_at > ?))",
                Boolean.class, cart.value(), Timestamp.from(now)));
    }

    /** Creates the cart, or keeps it alive until {@code expiresAt} (null: for good); an expired one starts empty. */
    void open(CartKey cart, Instant expiresAt, Instant now) {
        jdbc.update("DELETE FROM cart WHERE cart_key = ? AND expires_at <= ?", cart.value(), Timestamp.from(now));
        jdbc.update("""
                        INSERT INTO cart (cart_key, owner_id, expires_at, updated_at) VALUES (?, ?, ?, ?)
                        ON CONFLICT (cart_key) DO UPDATE SET expires_at = EXCLUDED.expires_at, updated_at = EXCLUDED.updated_at""",
                cart.value(), cart.owner() == null ? null : cart.owner().value(),
                expiresAt == null ? null : Timestamp.from(expiresAt), Timestamp.from(now));
    }

    void put(CartKey cart, CartLine line) {
        jdbc.update("""
                        INSERT INTO cart_line (cart_key, product_id, sku_id, quantity, selected, added_at) VALUES (?, ?, ?, ?, ?, ?)
                        ON CONFLICT (cart_key, product_id, sku_id) DO UPDATE SET quantity = EXCLUDED.quantity, selected = EXCLUDED.selected""",
                cart.value(), line.sku().productId().value(), line.sku().skuId().value(), line.quantity(), line.selected(),
                Timestamp.from(line.addedAt()));
    }

    void remove(CartKey cart, List<SkuRef> skus) {
        jdbc.batchUpdate("DELETE FROM cart_line WHERE cart_key = ? AND product_id = ? AND sku_id = ?",
                skus.stream().map(sku -> new Object[] {cart.value(), sku.productId().value(), sku.skuId().value()}).toList());
    }

    void delete(CartKey cart) {
        jdbc.update("DELETE FROM cart WHERE cart_key = ?", cart.value());
    }

    /** Removes the guests' carts that expired; their lines go with them. */
    int deleteExpired(Instant now) {
        return jdbc.update("DELETE FROM cart WHERE expires_at <= ?", Timestamp.from(now));
    }
}
