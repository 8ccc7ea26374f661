package io.jianfu.app.axon;

import io.jianfu.command.common.Actor;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.jackson3.Jackson3SerializerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

/** How messages carry who caused them, and how Axon's Jackson 3 serializer is set up. */
@Configuration(proxyBeanMethods = false)
public class AxonMessagingConfig {

    /** Copies the actor, unit, roles and request id of a command into every event it causes, and further on. */
    @Bean
    CorrelationDataProvider actorCorrelationDataProvider() {
        return new SimpleCorrelationDataProvider(Actor.ACTOR, Actor.UNIT, Actor.ROLES, Actor.REQUEST_ID,
                                                 Actor.IDEMPOTENCY_KEY, Actor.REQUEST_HASH);
    }

    /** Declaring any provider removes Axon's default one, so the trace and correlation ids are declared too. */
    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    /**
     * Axon 4.13.0's Jackson 3 serializer cannot read back its own ReplayToken (fixed upstream in 4.13.1, which is
     * not available): allow Axon's own types through the polymorphic type validator.
     */
    @Bean
    Jackson3SerializerCustomizer axonTypesAllowed() {
        return builder -> builder.polymorphicTypeValidator(
                BasicPolymorphicTypeValidator.builder().allowIfSubType("org.axonframework.").build());
    }
}
