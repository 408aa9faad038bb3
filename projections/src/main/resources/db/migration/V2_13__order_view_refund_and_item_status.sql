-- Where an order stands with refunds, and which statuses its lines are in (issue 14, part 5), kept
-- with the order's document so that the lists can filter by them. item_statuses lists the kinds,
-- each between commas (',SHIPPED,REFUNDED,'), so that a kind is found with LIKE '%,KIND,%'.
ALTER TABLE order_view ADD COLUMN refund_status VARCHAR(20) NOT NULL DEFAULT 'NONE';
ALTER TABLE order_view ADD COLUMN item_statuses VARCHAR(100) NOT NULL DEFAULT ',NORMAL,';

-- Orders refunded before: in full when closed, in part when something was paid back (documents of the
-- old shape are rendered again, with their exact statuses, the next time their order changes).
UPDATE order_view SET refund_status = 'FULLY_REFUNDED' WHERE status = 'CLOSED';
UPDATE order_view SET item_statuses = ',SHIPPED,' WHERE shipped_at IS NOT NULL;
