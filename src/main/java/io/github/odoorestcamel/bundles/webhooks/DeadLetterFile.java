package io.github.odoorestcamel.bundles.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.odoorestcamel.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.stream.Stream;

/**
 * The events receivers refused for good, one JSON object a line, appended and forced to disk before
 * the receiver's position moves past them, so none is lost by a crash. The file is kept across
 * restarts; an operator reads it, sends again what should be, and removes it.
 */
public final class DeadLetterFile {

    /** The most characters of a receiver's answer kept: enough to read the reason, not a whole error page. */
    static final int ANSWER_CHARS = 4096;

    /** One refused event: who refused it, how, and the event itself. */
    public record DeadLetter(Instant at, String receiver, String webhookId, int status, String answer, String event) {
    }

    private final Path file;
    private long count;

    public DeadLetterFile(Path file) {
        this.file = file;
        this.count = existing(file);
    }

    public Path file() {
        return file;
    }

    public synchronized void append(DeadLetter letter) {
        ObjectNode line = Json.NODES.objectNode();
        line.put("dead_lettered_at", letter.at().toString());
        line.put("receiver", letter.receiver());
        line.put("webhook_id", letter.webhookId());
        line.put("status", letter.status());
        String answer = letter.answer() == null ? "" : letter.answer();
        line.put("answer", answer.length() > ANSWER_CHARS ? answer.substring(0, ANSWER_CHARS) : answer);
        line.set("event", event(letter.event()));
        byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the dead letter to " + file, e);
        }
        count++;
    }

    /** The events in the file, those of earlier runs included. */
    public synchronized long count() {
        return count;
    }

    /** The event as JSON when it is JSON (always, from this bundle), else as text. */
    private static JsonNode event(String body) {
        try {
            return Json.MAPPER.readTree(body);
        } catch (IOException notJson) {
            return Json.NODES.textNode(body);
        }
    }

    private static long existing(Path file) {
        if (!Files.exists(file)) {
            return 0;
        }
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.filter(line -> !line.isBlank()).count();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the dead letters in " + file, e);
        }
    }
}
