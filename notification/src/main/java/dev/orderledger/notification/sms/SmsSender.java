package dev.orderledger.notification.sms;

/**
 * Sends a text message: the login codes (identity, at once) and the buyers' order news (through the
 * SMS outbox, with retries). The ledger ships a simulator ({@link SimulatedSmsSender}); a real SMS
 * provider implements this and is a bean of the assembly, which then replaces the simulator. A send
 * that throws was not sent.
 */
public interface SmsSender {

    void send(String phone, String text);
}
