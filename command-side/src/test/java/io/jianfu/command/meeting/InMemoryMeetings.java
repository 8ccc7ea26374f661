package io.jianfu.command.meeting;

import io.jianfu.command.directory.DirectoryLookup;
import io.jianfu.events.meeting.MeetingScheduled;
import org.axonframework.eventhandling.DomainEventMessage;
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
 * A real event-sourced {@code Repository<Meeting>} over an in-memory store, for fixtures of other aggregates whose
 * handlers load meetings (the fixture itself serves one aggregate type only). Parameters of Meeting's own command
 * handlers that no test needs resolve to null (never the payload, the first), so new handler parameters do not break
 * these tests.
 */
final class InMemoryMeetings {
    private final InMemoryEventStorageEngine storage = new InMemoryEventStorageEngine();
    private final Repository<Meeting> repository;

    InMemoryMeetings(DirectoryLookup directory) {
        ParameterResolverFactory anythingElse = (executable, parameters, index) -> index == 0 ? null
                : NullResolver.INSTANCE;
        this.repository = EventSourcingRepository.builder(Meeting.class)
                                                 .eventStore(EmbeddedEventStore.builder().storageEngine(storage)
                                                                               .build())
                                                 .parameterResolverFactory(MultiParameterResolverFactory.ordered(
                                                         ClasspathParameterResolverFactory.forClass(Meeting.class),
                                                         new SimpleResourceParameterResolverFactory(
                                                                 List.of(directory)),
                                                         anythingElse))
                                                 .build();
    }

    /** Stores the events of one meeting, in order, as its stream. */
    InMemoryMeetings with(MeetingScheduled scheduled, Object... later) {
        List<Object> payloads = new ArrayList<>();
        payloads.add(scheduled);
        payloads.addAll(List.of(later));
        List<DomainEventMessage<?>> stream = new ArrayList<>();
        for (int sequence = 0; sequence < payloads.size(); sequence++) {
            stream.add(new GenericDomainEventMessage<>("Meeting", scheduled.meetingId(), sequence,
                                                       payloads.get(sequence)));
        }
        storage.appendEvents(stream);
        return this;
    }

    Repository<Meeting> repository() {
        return repository;
    }

    /** Resolves a handler parameter to null, for any message. */
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
