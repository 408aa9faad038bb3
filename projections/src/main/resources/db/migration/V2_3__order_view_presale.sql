-- Presale orders: the deposits and the balance window, shown with the order.
ALTER TABLE order_view ADD COLUMN presale JSONB;
