package io.github.odoorestcamel.warmup;

import io.github.odoorestcamel.auth.Databases;
import io.github.odoorestcamel.auth.SessionIdReader;
import io.github.odoorestcamel.core.OdooServices;
import io.github.odoorestcamel.core.OdooSettings;
import io.github.odoorestcamel.observe.OwnConnections;
import io.github.odoorestcamel.read.ReadSettings;
import io.github.odoorestcamel.odoo.http.OdooCallListener;
import io.github.odoorestcamel.odoo.http.OdooHttp;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the read path's code for a while after start, so that the JIT has compiled it before the
 * first clients' requests: {@link SyntheticReads} against a {@link CannedOdoo}, each round
 * followed, when reads are served straight from the HTTP server's handler, by {@link OwnPortReads}
 * (reads refused before Odoo, sent to the gateway's own API port), on a thread of its own, until
 * {@code duration} has passed. Nothing is sent to the user's Odoo, and no metric or access-log
 * line is written (reads through Camel's consumer would count in Camel's route meters: with
 * {@code http.direct-reads=false} none is sent to the port). Until it ends the instance reports not ready ({@link WarmUpReadinessCheck}).
 * A failure ends it early with a warning; it never stops the gateway.
 */
public final class StartupWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(StartupWarmUp.class);

    private final CamelContext context;
    private final Duration duration;
    private final String apiHost;
    private final int apiPort;
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile long rounds;
    private volatile long ownPortReads;

    /**
     * Warms up for {@code duration}, sending its refused reads to the API port on
     * {@code apiHost}:{@code apiPort}; none when {@code apiHost} is null.
     */
    public StartupWarmUp(CamelContext context, Duration duration, String apiHost, int apiPort) {
        this.context = context;
        this.duration = duration;
        this.apiHost = apiHost;
        this.apiPort = apiPort;
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

    /** Reads refused on the gateway's own API port so far. */
    public long ownPortReads() {
        return ownPortReads;
    }

    private void run() {
        long started = System.nanoTime();
        try (CannedOdoo odoo = CannedOdoo.start(context.getRegistry().lookupByNameAndType("vertx", Vertx.class))) {
            OdooSettings settings = settingsFor(odoo.url());
            try (OdooHttp http = new OdooHttp(settings.http(), OdooCallListener.NONE)) {
                SyntheticReads reads = new SyntheticReads(context, OdooServices.over(http, settings),
                        context.getRegistry().findSingleByType(Databases.class), context.getRegistry().findSingleByType(SessionIdReader.class));
                long deadline = started + duration.toNanos();
                OwnPortReads ownPort = openOwnPort();
                try {
                    while (System.nanoTime() < deadline && context.isStarted()) {
                        reads.run();
                        rounds++;
                        ownPort = sendOwnPortReads(ownPort);
                    }
                } finally {
                    closeQuietly(ownPort);
                }
            }
            LOG.info("Warm-up: {} record reads and lists, {} reads refused on the API port, in {} ms", rounds, ownPortReads,
                    (System.nanoTime() - started) / 1_000_000);
        } catch (Exception e) {
            LOG.warn("Warm-up ended early after {} rounds: {}", rounds, e.toString());
        } finally {
            finished.countDown();
        }
    }

    /** The connection to the API port, or null when there is none to be had (the warm-up goes on without). */
    private OwnPortReads openOwnPort() {
        OwnConnections own = context.getRegistry().findSingleByType(OwnConnections.class);
        if (own == null || apiHost == null) {
            return null;
        }
        try {
            return OwnPortReads.open(apiHost, apiPort, own);
        } catch (IOException | RuntimeException e) {
            LOG.info("Warm-up without reads on the API port ({}:{}): {}", apiHost, apiPort, e.toString());
            return null;
        }
    }

    /** One round of reads on the API port; the connection to go on with, null once it failed. */
    private OwnPortReads sendOwnPortReads(OwnPortReads ownPort) {
        if (ownPort == null) {
            return null;
        }
        try {
            ownPort.run();
            ownPortReads += OwnPortReads.PATHS.size();
            return ownPort;
        } catch (IOException | RuntimeException e) {
            LOG.warn("Warm-up reads on the API port stopped after {}: {}", ownPortReads, e.toString());
            closeQuietly(ownPort);
            return null;
        }
    }

    private static void closeQuietly(OwnPortReads ownPort) {
        if (ownPort != null) {
            try {
                ownPort.close();
            } catch (IOException e) {
                LOG.debug("Closing the warm-up's connection to the API port failed: {}", e.toString());
            }
        }
    }

    /**
     * The gateway's own settings for Odoo — caches, bounds of reads, datetimes — with the canned
     * Odoo's address, and pages of the recorded lists' size allowed.
     */
    private OdooSettings settingsFor(String url) {
        OdooSettings own = context.getRegistry().findSingleByType(OdooSettings.class);
        // the recorded lists have 80 rows: a smaller odoo.rest.max-page-size must not refuse them
        ReadSettings reads = own.reads();
        ReadSettings warmUpReads = new ReadSettings(Math.max(reads.maxPageSize(), SyntheticReads.LIST_ROWS),
                Math.max(reads.maxRows(), SyntheticReads.LIST_ROWS), reads.queryLimits(), reads.domainLimits());
        return new OdooSettings(own.http().at(url), own.caches(), warmUpReads, own.dateTimes());
    }
}
