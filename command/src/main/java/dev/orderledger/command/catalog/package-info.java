/**
 * The catalogue's structure, maintained by admins: categories (a tree of any depth, each knowing
 * its path from the root), brands and attribute definitions, and the {@link Taxonomy} that product
 * creation checks its category and brand against.
 */
package dev.orderledger.command.catalog;
