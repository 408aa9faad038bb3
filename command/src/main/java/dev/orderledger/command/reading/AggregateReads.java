package dev.orderledger.command.reading;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;

import java.util.concurrent.Callable;

/**
 * Answers a query from the aggregates themselves, where a read model would lag behind what the next
 * command decides (a price, a coupon's discount): the aggregates are loaded as a command loads them,
 * in a unit of work of their own (Axon's repositories expect one that handles a command), which
 * changes nothing and releases them when it ends.
 */
public final class AggregateReads {

    private AggregateReads() {
    }

    public static <R> R answer(Object query, Callable<R> read) throws Exception {
        return DefaultUnitOfWork.startAndGet(GenericCommandMessage.asCommandMessage(query)).executeWithResult(read).getPayload();
    }
}
