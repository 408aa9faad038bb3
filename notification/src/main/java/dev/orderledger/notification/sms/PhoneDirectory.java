package dev.orderledger.notification.sms;

import dev.orderledger.api.security.UserId;

import java.util.Optional;

/**
 * Where a user's phone number is: identity knows it (the assembly implements this), notifications ask
 * when a message is about to go, so a changed number is used and none is copied here.
 */
public interface PhoneDirectory {

    /** The user's phone, if they gave one. */
    Optional<String> phoneOf(UserId user);
}
