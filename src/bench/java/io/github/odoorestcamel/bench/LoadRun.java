package io.github.odoorestcamel.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/** Drives one kind of request at a fixed concurrency (closed loop) or a fixed rate (open loop). */
final class LoadRun {

    /** Latency percentiles in milliseconds and the request rate achieved. */
    record Figures(double p50, double p99, double perSecond, long requests, long failures) {
    }

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(4)).build();

    Figures closedLoop(Supplier<HttpRequest> request, int expectedStatus, int concurrency, Duration warmup, Duration measure)
            throws InterruptedException {
        run(request, expectedStatus, concurrency, warmup, new ArrayList<>(), new AtomicLong());
        List<long[]> samples = new ArrayList<>();
        AtomicLong failures = new AtomicLong();
        long started = System.nanoTime();
        run(request, expectedStatus, concurrency, measure, samples, failures);
        double seconds = (System.nanoTime() - started) / 1e9;
        return figures(samples, failures.get(), seconds);
    }

    private void run(Supplier<HttpRequest> request, int expectedStatus, int concurrency, Duration duration,
                     List<long[]> samples, AtomicLong failures) throws InterruptedException {
        ExecutorService workers = Executors.newFixedThreadPool(concurrency);
        long deadline = System.nanoTime() + duration.toNanos();
        for (int i = 0; i < concurrency; i++) {
            long[] latencies = new long[2_000_000];
            samples.add(latencies);
            workers.submit(() -> {
                int n = 0;
                while (System.nanoTime() < deadline && n < latencies.length - 1) {
                    long start = System.nanoTime();
                    if (!send(request.get(), expectedStatus)) {
                        failures.incrementAndGet();
                    }
                    latencies[++n] = System.nanoTime() - start;
                }
                latencies[0] = n;
            });
        }
        workers.shutdown();
        workers.awaitTermination(duration.toSeconds() + 60, TimeUnit.SECONDS);
    }

    /** Requests started at a fixed rate; latency counts from the planned start, so queueing shows. */
    Figures fixedRate(Supplier<HttpRequest> request, int expectedStatus, int perSecond, Duration measure) throws InterruptedException {
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        ExecutorService workers = Executors.newFixedThreadPool(128);
        int total = (int) (perSecond * measure.toSeconds());
        long[] latencies = new long[total + 1];
        AtomicLong failures = new AtomicLong();
        AtomicLong done = new AtomicLong();
        AtomicBoolean stop = new AtomicBoolean();
        long intervalNanos = 1_000_000_000L / perSecond;
        long origin = System.nanoTime();
        AtomicLong issued = new AtomicLong();
        clock.scheduleAtFixedRate(() -> {
            long i = issued.getAndIncrement();
            if (i >= total || stop.get()) {
                return;
            }
            long planned = origin + i * intervalNanos;
            workers.submit(() -> {
                if (!send(request.get(), expectedStatus)) {
                    failures.incrementAndGet();
                }
                latencies[(int) done.incrementAndGet()] = System.nanoTime() - planned;
            });
        }, 0, intervalNanos, TimeUnit.NANOSECONDS);
        while (done.get() < total && System.nanoTime() - origin < measure.toNanos() * 3) {
            Thread.sleep(20);
        }
        stop.set(true);
        clock.shutdownNow();
        workers.shutdown();
        workers.awaitTermination(30, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - origin) / 1e9;
        latencies[0] = done.get();
        return figures(List.of(latencies), failures.get(), seconds);
    }

    private boolean send(HttpRequest request, int expectedStatus) {
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return response.statusCode() == expectedStatus;
        } catch (Exception e) {
            return false;
        }
    }

    private static Figures figures(List<long[]> samples, long failures, double seconds) {
        int count = 0;
        for (long[] s : samples) {
            count += (int) s[0];
        }
        long[] all = new long[count];
        int at = 0;
        for (long[] s : samples) {
            System.arraycopy(s, 1, all, at, (int) s[0]);
            at += (int) s[0];
        }
        Arrays.sort(all);
        return new Figures(percentile(all, 0.50), percentile(all, 0.99), count / seconds, count, failures);
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
