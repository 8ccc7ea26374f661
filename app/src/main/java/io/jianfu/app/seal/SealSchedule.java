package io.jianfu.app.seal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Runs the sealer on one background thread every {@code jianfu.seal.interval}, unless the seal is disabled. */
@Component
public class SealSchedule implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(SealSchedule.class);

    private final Sealer sealer;
    private final SealSettings settings;
    private ScheduledExecutorService executor;

    public SealSchedule(Sealer sealer, SealSettings settings) {
        this.sealer = sealer;
        this.settings = settings;
    }

    @Override
    public synchronized void start() {
        if (!settings.enabled() || executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "event-sealer");
            thread.setDaemon(true);
            return thread;
        });
        long interval = settings.interval().toMillis();
        executor.scheduleWithFixedDelay(this::sealQuietly, interval, interval, TimeUnit.MILLISECONDS);
    }

    /** A failing run (the database away for a moment) is logged and retried at the next tick. */
    private void sealQuietly() {
        try {
            sealer.sealPending();
        } catch (RuntimeException failure) {
            log.warn("Sealing events failed; retrying in {}", settings.interval(), failure);
        }
    }

    @Override
    public synchronized void stop() {
        if (executor == null) {
            return;
        }
        executor.shutdown();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException interrupted) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
        executor = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
