package io.jianfu.app.seal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * A signed statement "the chain reached {@code link} at {@code position}, after {@code events} sealed events". The
 * signature covers {@link #signedText()}, plain UTF-8 text an auditor can rebuild with a shell.
 */
public record Checkpoint(long position, byte[] link, long events, Instant sealedAt, String keyId, byte[] signature) {
    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
                                                                     .withZone(ZoneOffset.UTC);

    public Checkpoint {
        sealedAt = sealedAt.truncatedTo(ChronoUnit.MILLIS);
    }

    public static Checkpoint signed(long position, byte[] link, long events, Instant sealedAt, SealKey key) {
        Checkpoint unsigned = new Checkpoint(position, link, events, sealedAt, key.id(), new byte[0]);
        return new Checkpoint(position, link, events, unsigned.sealedAt(), key.id(), key.sign(unsigned.signedText()));
    }

    /** The time as signed: UTC with exactly three decimals. */
    public String sealedAtText() {
        return MILLIS.format(sealedAt);
    }

    public byte[] signedText() {
        return ("jianfu-seal-checkpoint/v1\n"
                + "position=" + position + "\n"
                + "link=" + EventChain.hex(link) + "\n"
                + "events=" + events + "\n"
                + "sealedAt=" + sealedAtText() + "\n"
                + "keyId=" + keyId + "\n").getBytes(StandardCharsets.UTF_8);
    }

    public boolean signedBy(SealKey key) {
        return key.id().equals(keyId) && key.verifies(signedText(), signature);
    }
}
