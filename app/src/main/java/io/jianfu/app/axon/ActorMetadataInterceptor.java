package io.jianfu.app.axon;

import io.jianfu.app.web.RequestIdFilter;
import io.jianfu.command.common.Actor;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * Puts the authenticated actor, their unit and roles, the request id and any idempotency key into the metadata of
 * every command sent on the caller's thread. Keys a sender already set are kept.
 */
@Component
public class ActorMetadataInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {
    public static final String ROLE_PREFIX = "ROLE_";
    public static final String UNIT_PREFIX = "UNIT_";

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
            List<? extends CommandMessage<?>> messages) {
        return (index, message) -> {
            Map<String, Object> added = new HashMap<>(currentActor());
            added.keySet().removeAll(message.getMetaData().keySet());
            return message.andMetaData(added);
        };
    }

    private static Map<String, Object> currentActor() {
        Map<String, Object> metadata = new HashMap<>();
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()) {
            metadata.put(Actor.ACTOR, authentication.getName());
            List<String> roles = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                                               .filter(a -> a.startsWith(ROLE_PREFIX))
                                               .map(a -> a.substring(ROLE_PREFIX.length())).sorted().toList();
            metadata.put(Actor.ROLES, roles);
            authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                          .filter(a -> a.startsWith(UNIT_PREFIX)).findFirst()
                          .ifPresent(unit -> metadata.put(Actor.UNIT, unit.substring(UNIT_PREFIX.length())));
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            Object requestId = attributes.getRequest().getAttribute(RequestIdFilter.ATTRIBUTE);
            metadata.put(Actor.REQUEST_ID, requestId != null ? requestId : UUID.randomUUID().toString());
            String key = attributes.getRequest().getHeader("Idempotency-Key");
            if (key != null && !key.isBlank()) {
                metadata.put(Actor.IDEMPOTENCY_KEY, key);
            }
        } else {
            metadata.put(Actor.REQUEST_ID, "internal-" + UUID.randomUUID());
        }
        return metadata;
    }
}
