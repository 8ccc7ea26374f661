package io.jianfu.app.seal;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The canonical encoding and the chain: every field counts, no two events share bytes, the order matters. */
class EventChainTest {
    private static final StoredEvent EVENT = new StoredEvent(
            42, "ev-1", "agg-1", 3, "Meeting", "io.jianfu.events.meeting.MeetingScheduled", null,
            "2026-03-04T01:00:00.000Z", bytes("{\"title\":\"会\"}"), bytes("{\"actor\":\"a\"}"));

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theEncodingIsTheDocumentedLengthPrefixedLayout() {
        ByteBuffer expected = ByteBuffer.allocate(EventChain.canonical(EVENT).length);
        expected.put((byte) 1).putLong(42);
        for (String text : new String[] {"ev-1", "agg-1"}) {
            expected.putInt(bytes(text).length).put(bytes(text));
        }
        expected.putLong(3);
        for (String text : new String[] {"Meeting", "io.jianfu.events.meeting.MeetingScheduled"}) {
            expected.putInt(bytes(text).length).put(bytes(text));
        }
        expected.putInt(-1);
        for (String text : new String[] {"2026-03-04T01:00:00.000Z", "{\"title\":\"会\"}", "{\"actor\":\"a\"}"}) {
            expected.putInt(bytes(text).length).put(bytes(text));
        }
        assertThat(EventChain.canonical(EVENT)).isEqualTo(expected.array());
    }

    @Test
    void theLinkIsSha256OfThePreviousLinkAndTheCanonicalBytes() throws Exception {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        sha256.update(new byte[32]);
        assertThat(EventChain.next(EventChain.GENESIS, EVENT)).isEqualTo(sha256.digest(EventChain.canonical(EVENT)));
    }

    @Test
    void changingAnyFieldChangesTheLink() {
        List<StoredEvent> variants = List.of(
                EVENT,
                new StoredEvent(43, "ev-1", "agg-1", 3, "Meeting", EVENT.payloadType(), null, EVENT.timeStamp(),
                                EVENT.payload(), EVENT.metaData()),
                new StoredEvent(42, "ev-2", "agg-1", 3, "Meeting", EVENT.payloadType(), null, EVENT.timeStamp(),
                                EVENT.payload(), EVENT.metaData()),
                new StoredEvent(42, "ev-1", "agg-2", 3, "Meeting", EVENT.payloadType(), null, EVENT.timeStamp(),
                                EVENT.payload(), EVENT.metaData()),
                new StoredEvent(42, "ev-1", "agg-1", 4, "Meeting", EVENT.payloadType(), null, EVENT.timeStamp(),
                                EVENT.payload(), EVENT.metaData()),
                new StoredEvent(42, "ev-1", "agg-1", 3, null, EVENT.payloadType(), null, EVENT.timeStamp(),
                                EVENT.payload(), EVENT.metaData()),
                new StoredEvent(42, "ev-1", "agg-1", 3, "Meeting", "x", null, EVENT.timeStamp(), EVENT.payload(),
                                EVENT.metaData()),
                new StoredEvent(42, "ev-1", "agg-1", 3, "Meeting", EVENT.payloadType(), "", EVENT.timeStamp(),
                                EVENT.payload(), EVENT.metaData()),
                new StoredEvent(42, "ev-1", "agg-1", 3, "Meeting", EVENT.payloadType(), null,
                                "2026-03-04T01:00:00.001Z", EVENT.payload(), EVENT.metaData()),
                new StoredEvent(42, "ev-1", "agg-1", 3, "Meeting", EVENT.payloadType(), null, EVENT.timeStamp(),
                                bytes("{\"title\":\"另\"}"), EVENT.metaData()),
                new StoredEvent(42, "ev-1", "agg-1", 3, "Meeting", EVENT.payloadType(), null, EVENT.timeStamp(),
                                EVENT.payload(), null));
        Set<String> links = new HashSet<>();
        variants.forEach(variant -> links.add(EventChain.hex(EventChain.next(EventChain.GENESIS, variant))));
        assertThat(links).hasSize(variants.size());
    }

    @Test
    void bytesCannotMoveAcrossFieldBoundaries() {
        StoredEvent left = new StoredEvent(1, "ab", "c", 0, null, "t", null, "ts", bytes("p"), null);
        StoredEvent right = new StoredEvent(1, "a", "bc", 0, null, "t", null, "ts", bytes("p"), null);
        assertThat(EventChain.canonical(left)).isNotEqualTo(EventChain.canonical(right));
    }

    @Test
    void theSameEventsInAnotherOrderEndInAnotherLink() {
        StoredEvent other = new StoredEvent(42, "ev-9", "agg-9", 0, "Unit", "x", null, EVENT.timeStamp(),
                                            bytes("{}"), bytes("{}"));
        byte[] inOrder = EventChain.next(EventChain.next(EventChain.GENESIS, EVENT), other);
        byte[] swapped = EventChain.next(EventChain.next(EventChain.GENESIS, other), EVENT);
        assertThat(inOrder).isNotEqualTo(swapped);
    }

    @Test
    void hexLinksAreThirtyTwoBytes() {
        byte[] link = EventChain.next(EventChain.GENESIS, EVENT);
        assertThat(EventChain.fromHex(EventChain.hex(link))).isEqualTo(link);
        assertThatThrownBy(() -> EventChain.fromHex("abcd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EventChain.fromHex("zz".repeat(32))).isInstanceOf(IllegalArgumentException.class);
    }
}
