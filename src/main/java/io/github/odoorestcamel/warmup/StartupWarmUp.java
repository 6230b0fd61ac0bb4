package io.github.odoorestcamel.warmup;

import io.github.odoorestcamel.auth.Databases;
import io.github.odoorestcamel.auth.SessionIdReader;
import io.github.odoorestcamel.core.OdooServices;
import io.github.odoorestcamel.core.OdooSettings;
import io.github.odoorestcamel.odoo.http.OdooCallListener;
import io.github.odoorestcamel.odoo.http.OdooHttp;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the read path's code for a while after start, so that the JIT has compiled it before the
 * first clients' requests: {@link SyntheticReads} against a {@link CannedOdoo}, on a thread of its
 * own, until {@code duration} has passed. Nothing is sent to the user's Odoo, and no metric or
 * access-log line is written. Until it ends the instance reports not ready ({@link WarmUpReadinessCheck}).
 * A failure ends it early with a warning; it never stops the gateway.
 */
public final class StartupWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(StartupWarmUp.class);

    private final CamelContext context;
    private final Duration duration;
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile long rounds;

    public StartupWarmUp(CamelContext context, Duration duration) {
        this.context = context;
        this.duration = duration;
    }

    /** Starts the warm-up on its own thread and returns at once. */
    public void start() {
        Thread thread = new Thread(this::run, "warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    public boolean finished() {
        return finished.getCount() == 0;
    }

    /** Waits until it has finished; false when it has not within the time given. */
    public boolean awaitFinished(Duration within) throws InterruptedException {
        return finished.await(within.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Record reads and lists run so far, one of each a round. */
    public long rounds() {
        return rounds;
    }

    private void run() {
        long started = System.nanoTime();
        try (CannedOdoo odoo = CannedOdoo.start(context.getRegistry().lookupByNameAndType("vertx", Vertx.class))) {
            OdooSettings settings = settingsFor(odoo.url());
            try (OdooHttp http = new OdooHttp(settings.http(), OdooCallListener.NONE)) {
                SyntheticReads reads = new SyntheticReads(context, OdooServices.over(http, settings),
                        context.getRegistry().findSingleByType(Databases.class), context.getRegistry().findSingleByType(SessionIdReader.class));
                long deadline = started + duration.toNanos();
                while (System.nanoTime() < deadline && context.isStarted()) {
                    reads.run();
                    rounds++;
                }
            }
            LOG.info("Warm-up: {} record reads and lists in {} ms", rounds, (System.nanoTime() - started) / 1_000_000);
        } catch (Exception e) {
            LOG.warn("Warm-up ended early after {} rounds: {}", rounds, e.toString());
        } finally {
            finished.countDown();
        }
    }

    /** The gateway's own settings for Odoo — caches, bounds of reads, datetimes — with the canned Odoo's address. */
    private OdooSettings settingsFor(String url) {
        OdooSettings own = context.getRegistry().findSingleByType(OdooSettings.class);
        return new OdooSettings(own.http().at(url), own.caches(), own.reads(), own.dateTimes());
    }
}
