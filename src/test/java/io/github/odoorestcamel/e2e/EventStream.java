package io.github.odoorestcamel.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A client of a change stream: its events as they arrive, and how many comments it received. */
final class EventStream implements AutoCloseable {

    record Event(String id, String name, String data) {
    }

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    final int status;
    final String errorBody;
    private final InputStream body;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final AtomicInteger comments = new AtomicInteger();
    private final CountDownLatch firstComment = new CountDownLatch(1);
    private final CountDownLatch ended = new CountDownLatch(1);
    private volatile boolean endedCleanly;

    private EventStream(HttpResponse<InputStream> response) throws IOException {
        this.status = response.statusCode();
        this.body = response.body();
        if (status != 200) {
            errorBody = new String(body.readAllBytes(), StandardCharsets.UTF_8);
            return;
        }
        errorBody = null;
        Thread reader = new Thread(this::read, "event-stream");
        reader.setDaemon(true);
        reader.start();
    }

    static EventStream open(int port, String pathAndQuery, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
                .timeout(Duration.ofSeconds(30)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return new EventStream(CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofInputStream()));
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            List<String> frame = new ArrayList<>();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isEmpty()) {
                    frame.add(line);
                    continue;
                }
                if (frame.stream().allMatch(l -> l.startsWith(":"))) {
                    comments.incrementAndGet();
                    firstComment.countDown();
                } else {
                    events.add(new Event(field(frame, "id"), field(frame, "event"), field(frame, "data")));
                }
                frame.clear();
            }
            endedCleanly = true;
        } catch (IOException e) {
            // closed by the test, or cut off
        } finally {
            ended.countDown();
        }
    }

    private static String field(List<String> frame, String name) {
        return frame.stream().filter(l -> l.startsWith(name + ": ")).map(l -> l.substring(name.length() + 2)).findFirst().orElse(null);
    }

    /** Waits for the stream's opening comment: from then on it follows the changes. */
    void awaitOpen() throws InterruptedException {
        if (!firstComment.await(20, TimeUnit.SECONDS)) {
            throw new AssertionError("the stream did not open");
        }
    }

    Event next(Duration within) throws InterruptedException {
        Event event = events.poll(within.toMillis(), TimeUnit.MILLISECONDS);
        if (event == null) {
            throw new AssertionError("no event within " + within);
        }
        return event;
    }

    /** Events arriving within the time, none expected beyond those. */
    List<Event> drain(Duration within) throws InterruptedException {
        Thread.sleep(within.toMillis());
        List<Event> arrived = new ArrayList<>();
        events.drainTo(arrived);
        return arrived;
    }

    int comments() {
        return comments.get();
    }

    /** Whether the answer ended, within the time, with the end of its chunked body rather than a broken connection. */
    boolean endsCleanly(Duration within) throws InterruptedException {
        return ended.await(within.toMillis(), TimeUnit.MILLISECONDS) && endedCleanly;
    }

    @Override
    public void close() throws IOException {
        body.close();
    }
}
