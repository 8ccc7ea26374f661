package io.jianfu.command.inspection;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MultiParameterResolverFactory;
import org.axonframework.messaging.annotation.ParameterResolver;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.messaging.annotation.SimpleResourceParameterResolverFactory;
import org.axonframework.modelling.command.Repository;

import java.util.ArrayList;
import java.util.List;

/**
 * A real event-sourced repository of one aggregate type over an in-memory store, for fixtures whose handlers load
 * other aggregates (a fixture serves one type only). Handler parameters no test needs resolve to null (never the
 * payload, parameter 0).
 */
final class InMemoryAggregates<T> {
    private final InMemoryEventStorageEngine storage = new InMemoryEventStorageEngine();
    private final Class<T> type;
    private final Repository<T> repository;

    InMemoryAggregates(Class<T> type, Object... resources) {
        this.type = type;
        ParameterResolverFactory anythingElse = (executable, parameters, index) -> index == 0 ? null
                : NullResolver.INSTANCE;
        this.repository = EventSourcingRepository.builder(type)
                                                 .eventStore(EmbeddedEventStore.builder().storageEngine(storage)
                                                                               .build())
                                                 .parameterResolverFactory(MultiParameterResolverFactory.ordered(
                                                         ClasspathParameterResolverFactory.forClass(type),
                                                         new SimpleResourceParameterResolverFactory(
                                                                 List.of(resources)),
                                                         anythingElse))
                                                 .build();
    }

    /** Stores the events of one aggregate, in order, as its stream. */
    InMemoryAggregates<T> with(String id, Object... events) {
        List<DomainEventMessage<?>> stream = new ArrayList<>();
        for (int sequence = 0; sequence < events.length; sequence++) {
            stream.add(new GenericDomainEventMessage<>(type.getSimpleName(), id, sequence, events[sequence]));
        }
        storage.appendEvents(stream);
        return this;
    }

    /** The payloads stored for one aggregate, in order. */
    List<Object> events(String id) {
        List<Object> payloads = new ArrayList<>();
        storage.readEvents(id).asStream().map(EventMessage::getPayload).forEach(payloads::add);
        return payloads;
    }

    Repository<T> repository() {
        return repository;
    }

    private enum NullResolver implements ParameterResolver<Object> {
        INSTANCE;

        @Override
        public Object resolveParameterValue(Message<?> message) {
            return null;
        }

        @Override
        public boolean matches(Message<?> message) {
            return true;
        }
    }
}
