package io.jianfu.app.seal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;

/** The {@code jianfu.seal.*} settings (JIANFU_SEAL_* in the environment); docs/seal.md lists them. */
@Component
public record SealSettings(@Value("${jianfu.seal.enabled:true}") boolean enabled,
                           @Value("${jianfu.seal.interval:5s}") Duration interval,
                           @Value("${jianfu.seal.settle-age:60s}") Duration settleAge,
                           @Value("${jianfu.seal.batch-size:500}") int batchSize,
                           @Value("${jianfu.seal.checkpoint-every-events:1000}") long checkpointEveryEvents,
                           @Value("${jianfu.seal.checkpoint-every:10m}") Duration checkpointEvery) {

    public SealSettings {
        if (interval.isNegative() || interval.isZero() || settleAge.isNegative() || batchSize < 1
                || checkpointEveryEvents < 1 || checkpointEvery.isNegative() || checkpointEvery.isZero()) {
            throw new IllegalArgumentException("jianfu.seal: interval, checkpoint-every, batch-size and "
                                                       + "checkpoint-every-events must be positive");
        }
    }
}
