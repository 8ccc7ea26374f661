package io.jianfu.command.common;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Sends commands for the REST controllers. Creates are idempotent: the id is chosen by the client, derived from the
 * caller's {@code Idempotency-Key}, or new; repeating the very request that created something answers 200 with the
 * same id instead of creating it twice.
 */
@Component
public class CommandSender {
    private final CommandGateway gateway;
    private final EventStore eventStore;
    private final ViewCatchUp views;

    public CommandSender(CommandGateway gateway, EventStore eventStore, ViewCatchUp views) {
        this.gateway = gateway;
        this.eventStore = eventStore;
        this.views = views;
    }

    /** The id a create should use: the client's own, one derived from the idempotency key, or a new one. */
    public static String chooseId(String requestedId, String username, String idempotencyKey) {
        if (requestedId != null && !requestedId.isBlank()) {
            return requestedId;
        }
        if (idempotencyKey != null && !idempotencyKey.isBlank()) {
            String seed = Objects.toString(username, "") + "\n" + idempotencyKey;
            return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString();
        }
        return UUID.randomUUID().toString();
    }

    public ResponseEntity<Created> create(String id, Object command, String location, String takenMessage) {
        String hash = hashOf(command);
        try {
            gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                                                     .andMetaData(Map.of(Actor.REQUEST_HASH, hash)));
            views.await();
            return ResponseEntity.created(URI.create(location)).body(new Created(id));
        } catch (AlreadyExists | AggregateStreamCreationException clash) {
            if (sameRequestCreated(id, hash)) {
                return ResponseEntity.ok().location(URI.create(location)).body(new Created(id));
            }
            if (clash instanceof AlreadyExists exists) {
                throw exists;
            }
            if (!eventStore.readEvents(id).hasNext()) {
                throw clash;
            }
            throw new AlreadyExists(id, takenMessage);
        }
    }

    public void send(Object command) {
        gateway.sendAndWait(command);
        views.await();
    }

    private boolean sameRequestCreated(String id, String hash) {
        var events = eventStore.readEvents(id);
        return events.hasNext() && hash.equals(events.next().getMetaData().get(Actor.REQUEST_HASH));
    }

    private static String hashOf(Object command) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                                         .digest(command.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
