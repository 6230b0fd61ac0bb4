package io.github.odoorestcamel.bench;

import java.util.Arrays;
import java.util.Random;

/**
 * How much slower the same memory-bound work runs right after the thread slept for an upstream's
 * 5 ms than back to back, on this machine: the reason why a request that arrives after the cores
 * sat idle costs the gateway several times its time under load. Random reads over a working set of
 * 256 KB and of 2 MB (about the code and data one request touches in the gateway), and a loop that
 * touches no memory, for comparison. Prints the p50 of each and the ratio.
 *
 * <pre>java -cp target/test-classes io.github.odoorestcamel.bench.IdleCacheProbe</pre>
 */
public final class IdleCacheProbe {

    private static final int SAMPLES = 400;
    private static long sink;

    public static void main(String[] args) throws InterruptedException {
        System.out.printf("%-22s %12s %14s %7s%n", "work", "busy p50 µs", "after 5 ms µs", "ratio");
        for (int kilobytes : new int[] {256, 2048}) {
            int[] data = new int[kilobytes * 256];
            int[] reads = new Random(kilobytes).ints(20_000, 0, data.length).toArray();
            Runnable work = () -> {
                long sum = 0;
                for (int read : reads) {
                    sum += data[read];
                }
                sink += sum;
            };
            report(kilobytes + " KB, random reads", work);
        }
        report("no memory", () -> {
            long h = 1;
            for (int i = 0; i < 20_000; i++) {
                h = h * 31 + (h >>> 7) + i;
            }
            sink += h;
        });
        System.out.println(sink == 42 ? "" : "(done)");
    }

    private static void report(String name, Runnable work) throws InterruptedException {
        for (int i = 0; i < 2_000; i++) {
            work.run();
        }
        double busy = p50(work, 0);
        double idle = p50(work, 5);
        System.out.printf("%-22s %12.1f %14.1f %7.2f%n", name, busy, idle, idle / busy);
    }

    private static double p50(Runnable work, long sleepMillis) throws InterruptedException {
        long[] nanos = new long[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            if (sleepMillis > 0) {
                Thread.sleep(sleepMillis);
            }
            long start = System.nanoTime();
            work.run();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos[SAMPLES / 2] / 1000.0;
    }
}
