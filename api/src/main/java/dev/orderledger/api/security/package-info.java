/** Who is acting: the authenticated user and their roles, as every module's API sees them. */
package dev.orderledger.api.security;
