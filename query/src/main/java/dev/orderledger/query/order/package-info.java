/** Order queries: the detail of one order for its buyer (or an admin). */
package dev.orderledger.query.order;
