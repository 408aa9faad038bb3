/** Placement: the process that takes stock, coupon and points for a new order, and gives them back if the order goes nowhere. */
package dev.orderledger.saga.placement;
