package io.jianfu.command.meeting;

import io.jianfu.command.directory.InMemoryDirectory;
import io.jianfu.events.meeting.MeetingKind;
import io.jianfu.events.meeting.MeetingNoticeIssued;
import io.jianfu.events.meeting.MeetingNoticeIssued.Invitee;
import io.jianfu.events.meeting.MeetingScheduled;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MultiParameterResolverFactory;
import org.axonframework.messaging.annotation.SimpleResourceParameterResolverFactory;
import org.axonframework.modelling.command.Repository;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.springframework.util.unit.DataSize;

import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link MeetingPaperwork} fixture wired like the application: {@link MeetingPaperworkHandler} over the fixture's
 * repository and a real event-sourcing repository of {@link Meeting} holding one scheduled meeting. Organiser unit
 * {@link #ORGANISER}; invited cadres a-1, a-2 of {@link #UNIT_A} and b-1 of {@link #UNIT_B}; a-3 is a registered cadre
 * of unit A who is not invited.
 */
final class PaperworkFixture {
    static final String MEETING = "m-1";
    static final String PAPERWORK = "paperwork-m-1";
    static final String ORGANISER = "500109001";
    static final String UNIT_A = "500109002";
    static final String UNIT_B = "500109003";
    static final OffsetDateTime START = OffsetDateTime.parse("2025-03-12T09:00:00+08:00");
    static final MeetingScheduled SCHEDULED =
            new MeetingScheduled(MEETING, ORGANISER, "党建工作会", "", MeetingKind.PARTY, START, START.plusHours(2),
                                 "Room 301", List.of("a-1", "a-2", "b-1"));
    static final MeetingNoticeIssued NOTICE =
            new MeetingNoticeIssued(MEETING, ORGANISER, "请准时参会", List.of(new Invitee("a-1", UNIT_A),
                                                                          new Invitee("a-2", UNIT_A),
                                                                          new Invitee("b-1", UNIT_B)));
    static final long SIZE_LIMIT = 16;

    final AggregateTestFixture<MeetingPaperwork> fixture = new AggregateTestFixture<>(MeetingPaperwork.class);
    final InMemoryMaterialStore store = new InMemoryMaterialStore();
    final InMemoryDirectory cadres = new InMemoryDirectory().withCadresOf(UNIT_A, "a-1", "a-2", "a-3", "a-4")
                                                            .withCadresOf(UNIT_B, "b-1", "b-2");
    final Deque<String> codes = new ArrayDeque<>();

    PaperworkFixture(MeetingScheduled... meetings) {
        EmbeddedEventStore meetingEvents = EmbeddedEventStore.builder()
                                                             .storageEngine(new InMemoryEventStorageEngine()).build();
        for (MeetingScheduled meeting : meetings) {
            meetingEvents.publish(new GenericDomainEventMessage<>("Meeting", meeting.meetingId(), 0, meeting));
        }
        Repository<Meeting> meetingRepository =
                EventSourcingRepository.builder(Meeting.class)
                                       .eventStore(meetingEvents)
                                       .parameterResolverFactory(MultiParameterResolverFactory.ordered(
                                               ClasspathParameterResolverFactory.forClass(Meeting.class),
                                               new SimpleResourceParameterResolverFactory(
                                                       List.of(new InMemoryDirectory()))))
                                       .build();
        SignInCodes fixedCodes = new SignInCodes() {
            @Override
            public String next() {
                return codes.removeFirst();
            }
        };
        fixture.registerAnnotatedCommandHandler(new MeetingPaperworkHandler(
                meetingRepository, fixture.getRepository(), cadres, store,
                new MaterialSizeLimit(DataSize.ofBytes(SIZE_LIMIT)), fixedCodes));
    }

    /** The paperwork fixture of the scheduled meeting {@link #SCHEDULED}. */
    static PaperworkFixture ofScheduledMeeting() {
        return new PaperworkFixture(SCHEDULED);
    }

    /** The sign-in codes the handler will hand out next, in order. */
    PaperworkFixture nextCodes(String... next) {
        codes.addAll(List.of(next));
        return this;
    }

    /** Material content kept in memory, as the command side's table would keep it. */
    static final class InMemoryMaterialStore implements MaterialStore {
        final Map<String, StoredMaterial> saved = new HashMap<>();

        @Override
        public void save(StoredMaterial material) {
            saved.put(material.meetingId() + "/" + material.materialId(), material);
        }

        @Override
        public Optional<StoredMaterial> find(String meetingId, String materialId) {
            return Optional.ofNullable(saved.get(meetingId + "/" + materialId));
        }
    }
}
