package dev.orderledger.app.axon;

import dev.orderledger.api.common.MetaDataKeys;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MetaData;
import org.slf4j.MDC;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Stamps each command sent from a request with the request's correlation id and the acting user,
 * unless the command already carries them (commands sent by sagas inherit them from their event).
 * Commands sent from a request without a user (a partner's signed callback) act as the system.
 */
class RequestContextDispatchInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    static final String SYSTEM_ACTOR = "system";

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            Map<String, Object> context = new HashMap<>();
            MetaData present = command.getMetaData();
            String correlationId = MDC.get(MetaDataKeys.CORRELATION_ID);
            if (!present.containsKey(MetaDataKeys.CORRELATION_ID) && correlationId != null) {
                context.put(MetaDataKeys.CORRELATION_ID, correlationId);
            }
            if (!present.containsKey(MetaDataKeys.ACTOR)) {
                context.put(MetaDataKeys.ACTOR, currentActor());
            }
            return context.isEmpty() ? command : command.andMetaData(context);
        };
    }

    private static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean someone = authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
        return someone ? authentication.getName() : SYSTEM_ACTOR;
    }
}
