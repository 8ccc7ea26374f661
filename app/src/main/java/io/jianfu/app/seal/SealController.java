package io.jianfu.app.seal;

import io.jianfu.command.common.InvalidCommand;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The seal for auditors: verify the chain, list and check signed checkpoints, fetch the public key. */
@RestController
@RequestMapping("/api/audit")
public class SealController {
    static final int MAX_CHECKPOINTS = 1000;

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
        long sealedTo = store.head().position();
        long first = from == null ? 1 : from;
        long last = to == null ? sealedTo : to;
        Map<String, String> errors = new LinkedHashMap<>();
        if (first < 1) {
            errors.put("from", "must be a position of 1 or more");
        }
        if (last < first) {
            errors.put("to", "must not be before from");
        }
        if (!errors.isEmpty()) {
            throw new InvalidCommand(errors);
        }
        Verification result = verifier.verify(first, last);
        return new VerifyAnswer(result.from(), result.to(), result.checked(), result.intact(),
                                result.firstBrokenPosition(), result.problem(), result.detail(),
                                result.checkpointsChecked(), result.checkpointsWithUnknownKey(), sealedTo);
    }

    @GetMapping("/checkpoints")
    public CheckpointPage checkpoints(@RequestParam(defaultValue = "0") long after,
                                      @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > MAX_CHECKPOINTS) {
            throw new InvalidCommand(Map.of("limit", "must be between 1 and " + MAX_CHECKPOINTS));
        }
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
        Map<String, String> errors = new LinkedHashMap<>();
        if (kept.position() == null || kept.position() < 1) {
            errors.put("position", "must be a position of 1 or more");
        }
        if (kept.events() == null || kept.events() < 1) {
            errors.put("events", "must be a count of 1 or more");
        }
        if (kept.keyId() == null || kept.keyId().isBlank()) {
            errors.put("keyId", "is required");
        }
        byte[] link = decode(errors, "link", kept.link(), EventChain::fromHex, "must be 64 hex digits");
        byte[] signature = decode(errors, "signature", kept.signature(), Base64.getDecoder()::decode,
                                  "must be base64");
        Instant sealedAt = null;
        try {
            sealedAt = kept.sealedAt() == null ? null : Instant.parse(kept.sealedAt());
        } catch (DateTimeParseException malformed) {
            sealedAt = null;
        }
        if (sealedAt == null) {
            errors.put("sealedAt", "must be an instant like 2026-03-04T01:00:00.000Z");
        }
        if (!errors.isEmpty()) {
            throw new InvalidCommand(errors);
        }
        return new Checkpoint(kept.position(), link, kept.events(), sealedAt, kept.keyId(), signature);
    }

    private static byte[] decode(Map<String, String> errors, String field, String value,
                                 Function<String, byte[]> decoder, String expected) {
        if (value == null) {
            errors.put(field, "is required");
            return null;
        }
        try {
            return decoder.apply(value);
        } catch (IllegalArgumentException malformed) {
            errors.put(field, expected);
            return null;
        }
    }
}
