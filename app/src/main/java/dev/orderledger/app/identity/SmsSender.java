package dev.orderledger.app.identity;

/** Sends a text message. The ledger ships a simulator; a real gateway implements this. */
public interface SmsSender {

    void send(String phone, String text);
}
