package io.jianfu.app.seal;

import io.jianfu.command.common.Check;
import io.jianfu.query.common.Limits;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/** The seal for auditors: verify the chain, list and check signed checkpoints, fetch the public key. */
@RestController
@RequestMapping("/api/audit")
public class SealController {
    private final ChainVerifier verifier;
    private final SealStore store;
    private final SealKey key;

    public SealController(ChainVerifier verifier, SealStore store, SealKey key) {
        this.verifier = verifier;
        this.store = store;
        this.key = key;
    }

    public record VerifyAnswer(long from, long to, long checked, boolean intact, Long firstBrokenPosition,
                               SealProblem problem, String detail, int checkpointsChecked,
                               int checkpointsWithUnknownKey, long sealedTo) {
    }

    /** A checkpoint as listed, and as an auditor sends a kept one back. */
    public record CheckpointJson(Long position, String link, Long events, String sealedAt, String keyId,
                                 String signature) {
        static CheckpointJson of(Checkpoint checkpoint) {
            return new CheckpointJson(checkpoint.position(), EventChain.hex(checkpoint.link()), checkpoint.events(),
                                      checkpoint.sealedAtText(), checkpoint.keyId(),
                                      Base64.getEncoder().encodeToString(checkpoint.signature()));
        }
    }

    public record CheckpointPage(List<CheckpointJson> checkpoints, Long next, long sealedTo, long sealedEvents) {
    }

    public record KeyAnswer(String keyId, String algorithm, String publicKey, String publicKeyPem) {
    }

    @GetMapping("/verify")
    public VerifyAnswer verify(@RequestParam(required = false) Long from, @RequestParam(required = false) Long to) {
        long first = from == null ? 1 : from;
        Check.fields()
             .that(first >= 1, "from", "must be a position of 1 or more")
             .that(to == null || to >= first, "to", "must not be before from")
             .orThrow();
        long sealedTo = store.head().position();
        Verification result = verifier.verify(first, to == null ? Long.MAX_VALUE : to);
        return new VerifyAnswer(result.from(), result.to(), result.checked(), result.intact(),
                                result.firstBrokenPosition(), result.problem(), result.detail(),
                                result.checkpointsChecked(), result.checkpointsWithUnknownKey(), sealedTo);
    }

    @GetMapping("/checkpoints")
    public CheckpointPage checkpoints(@RequestParam(defaultValue = "0") long after,
                                      @RequestParam(name = "limit", required = false) Integer requestedLimit) {
        int limit = Limits.of(requestedLimit);
        List<CheckpointJson> page = store.checkpoints(after, limit).stream().map(CheckpointJson::of).toList();
        Long next = page.size() == limit ? page.get(page.size() - 1).position() : null;
        SealStore.Sealed head = store.head();
        return new CheckpointPage(page, next, head.position(), head.ordinal());
    }

    @PostMapping("/checkpoints/verify")
    public KeptCheckpointVerdict verifyKept(@RequestBody CheckpointJson kept) {
        return verifier.verifyKept(parse(kept));
    }

    @GetMapping("/seal-key")
    public KeyAnswer sealKey() {
        return new KeyAnswer(key.id(), SealKey.ALGORITHM, Base64.getEncoder().encodeToString(key.publicKeyX509()),
                             key.publicKeyPem());
    }

    private static Checkpoint parse(CheckpointJson kept) {
        byte[] link = decoded(kept.link(), EventChain::fromHex);
        byte[] signature = decoded(kept.signature(), Base64.getDecoder()::decode);
        Instant sealedAt = decoded(kept.sealedAt(), Instant::parse);
        Check.fields()
             .that(kept.position() != null && kept.position() >= 1, "position", "must be a position of 1 or more")
             .that(kept.events() != null && kept.events() >= 1, "events", "must be a count of 1 or more")
             .required("keyId", kept.keyId())
             .that(link != null, "link", "must be 64 hex digits")
             .that(signature != null, "signature", "must be base64")
             .that(sealedAt != null, "sealedAt", "must be an instant like 2026-03-04T01:00:00.000Z")
             .orThrow();
        return new Checkpoint(kept.position(), link, kept.events(), sealedAt, kept.keyId(), signature);
    }

    /** The decoded value, or null when it is missing or malformed. */
    private static <T> T decoded(String value, Function<String, T> decoder) {
        try {
            return value == null ? null : decoder.apply(value);
        } catch (IllegalArgumentException | DateTimeParseException malformed) {
            return null;
        }
    }
}
