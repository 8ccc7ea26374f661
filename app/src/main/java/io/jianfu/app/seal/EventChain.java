package io.jianfu.app.seal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash chain: {@code link(n) = SHA-256(link(n-1) || canonical(event n))}, starting from 32 zero bytes.
 * <p>
 * Canonical bytes of an event: a format byte {@code 0x01}, then in this order global_index, event_identifier,
 * aggregate_identifier, sequence_number, type, payload_type, payload_revision, time_stamp, payload, meta_data.
 * Numbers are 8-byte big-endian; strings (UTF-8) and byte arrays are a 4-byte big-endian length followed by the
 * bytes, and a null is the length -1 with no bytes, so no two different events share an encoding.
 */
public final class EventChain {
    public static final int LINK_LENGTH = 32;
    public static final byte[] GENESIS = new byte[LINK_LENGTH];
    private static final byte FORMAT = 1;
    private static final HexFormat HEX = HexFormat.of();

    private EventChain() {
    }

    public static byte[] next(byte[] previous, StoredEvent event) {
        MessageDigest sha256 = sha256();
        sha256.update(previous);
        sha256.update(canonical(event));
        return sha256.digest();
    }

    static byte[] canonical(StoredEvent event) {
        byte[] payload = event.payload();
        byte[] metaData = event.metaData();
        int size = 1 + 8 * 2 + 4 * 8 + utf8Length(event.eventIdentifier()) + utf8Length(event.aggregateIdentifier())
                + utf8Length(event.type()) + utf8Length(event.payloadType()) + utf8Length(event.payloadRevision())
                + utf8Length(event.timeStamp()) + (payload == null ? 0 : payload.length)
                + (metaData == null ? 0 : metaData.length);
        ByteBuffer out = ByteBuffer.allocate(size);
        out.put(FORMAT);
        out.putLong(event.globalIndex());
        text(out, event.eventIdentifier());
        text(out, event.aggregateIdentifier());
        out.putLong(event.sequenceNumber());
        text(out, event.type());
        text(out, event.payloadType());
        text(out, event.payloadRevision());
        text(out, event.timeStamp());
        bytes(out, payload);
        bytes(out, metaData);
        if (out.hasRemaining()) {
            throw new IllegalStateException("canonical encoding size miscounted");
        }
        return out.array();
    }

    public static String hex(byte[] link) {
        return HEX.formatHex(link);
    }

    /** Parses a hex link; throws {@link IllegalArgumentException} unless it is 32 bytes of hex. */
    public static byte[] fromHex(String hex) {
        byte[] link = HEX.parseHex(hex);
        if (link.length != LINK_LENGTH) {
            throw new IllegalArgumentException("a link is " + LINK_LENGTH + " bytes");
        }
        return link;
    }

    private static void text(ByteBuffer out, String value) {
        bytes(out, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    private static void bytes(ByteBuffer out, byte[] value) {
        if (value == null) {
            out.putInt(-1);
        } else {
            out.putInt(value.length);
            out.put(value);
        }
    }

    private static int utf8Length(String value) {
        return value == null ? 0 : value.getBytes(StandardCharsets.UTF_8).length;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
        }
    }
}
