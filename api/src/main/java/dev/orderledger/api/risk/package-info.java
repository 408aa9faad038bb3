/**
 * Messages of risk control (seed 003 创单 step 1, seed 004 风控 and 订单审核): blocking a user and what a
 * user's standing is; the review rules, the screening of each new order against them, and the review
 * queue of the orders they put under review. A blocked user's placement, checkout and payment are
 * refused; their reads and refunds are not.
 */
package dev.orderledger.api.risk;
