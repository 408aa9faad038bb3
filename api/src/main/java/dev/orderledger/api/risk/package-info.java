/**
 * Messages of risk control (seed 003 创单 step 1, seed 004 风控): blocking a user, and what a user's
 * standing is. A blocked user's placement, checkout and payment are refused; their reads and refunds
 * are not.
 */
package dev.orderledger.api.risk;
