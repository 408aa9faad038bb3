package dev.orderledger.app.support;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Makes the database refuse the order view rows of one buyer, as a broken schema or a bad value would: the
 * order-views projection fails on that buyer's events every time and parks them as dead letters, while other
 * orders go on. {@link #cure()} takes the refusal away, so that a retry goes through.
 */
public final class PoisonedOrderViews {

    private final JdbcTemplate jdbc;

    public PoisonedOrderViews(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** From now on, every insert or update of this buyer's order view rows fails. */
    public void rejectRowsOf(String buyerId) {
        jdbc.execute("""
                CREATE OR REPLACE FUNCTION poison_order_view() RETURNS trigger AS $$
                BEGIN RAISE EXCEPTION 'order view row poisoned for the test'; END $$ LANGUAGE plpgsql""");
        jdbc.execute("DROP TRIGGER IF EXISTS poison_order_view ON order_view");
        jdbc.execute("CREATE TRIGGER poison_order_view BEFORE INSERT OR UPDATE ON order_view FOR EACH ROW "
                + "WHEN (NEW.buyer_id = '" + buyerId.replace("'", "") + "') EXECUTE FUNCTION poison_order_view()");
    }

    public void cure() {
        jdbc.execute("DROP TRIGGER IF EXISTS poison_order_view ON order_view");
    }
}
