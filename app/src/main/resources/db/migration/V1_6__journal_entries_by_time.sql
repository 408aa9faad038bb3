-- Finance reads a span of journal entries by the time the event store recorded them (the daily
-- settlement, the gateway statement's match). Only journal entries are indexed, so the other
-- events pay nothing for it. The timestamp is Axon's fixed-width ISO-8601 text, so text order is
-- time order.
CREATE INDEX domainevententry_journal_by_time ON domainevententry (timestamp)
    WHERE payloadtype = 'dev.orderledger.api.account.TransferRecordedEvent';
