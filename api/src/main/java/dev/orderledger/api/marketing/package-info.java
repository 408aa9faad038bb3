/**
 * Messages of marketing: coupon templates (what a coupon is worth and to whom), issued single-use
 * coupons, and buyers' points. Every deduction and rollback is idempotent per (order, resource).
 */
package dev.orderledger.api.marketing;
