/**
 * Marketing: coupon templates and the single-use coupons they issue (both created in one unit of
 * work), and buyers' points. Redemptions, spending and their rollbacks are idempotent per order.
 */
package dev.orderledger.command.marketing;
