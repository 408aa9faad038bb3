package dev.orderledger.api.security;

/** What a user may do. Every user is a buyer; the other roles are granted. */
public enum Role {
    BUYER, SELLER, ADMIN, FINANCE
}
