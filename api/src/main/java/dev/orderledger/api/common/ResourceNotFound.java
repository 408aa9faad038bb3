package dev.orderledger.api.common;

/**
 * The target of a request does not exist, or belongs to someone the caller may not see: both are
 * answered with 404 so that nobody learns which ids exist.
 */
public class ResourceNotFound extends RuntimeException {

    public ResourceNotFound(String message) {
        super(message);
    }
}
