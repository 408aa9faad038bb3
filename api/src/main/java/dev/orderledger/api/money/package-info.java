/** Exact money: an amount at the currency's scale and its currency. No floating point anywhere. */
package dev.orderledger.api.money;
