package dev.orderledger.app.identity;

import dev.orderledger.api.security.UserId;
import dev.orderledger.notification.sms.PhoneDirectory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

/** Tells notifications a user's phone number, from their account; none for an unknown user or one without a phone. */
@Component
class UserPhones implements PhoneDirectory {

    private final UserRepository users;

    UserPhones(UserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> phoneOf(UserId user) {
        long id;
        try {
            id = Long.parseLong(user.value());
        } catch (NumberFormatException notAnAccount) {
            return Optional.empty(); // the ledger itself, or an id identity never gave
        }
        return users.findById(id).map(User::phone);
    }
}
