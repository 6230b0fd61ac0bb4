package io.github.odoorestcamel.bundles.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.odoorestcamel.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeadLetterFileTest {

    @TempDir
    Path folder;

    @Test
    void eachRefusedEventIsOneJsonLineWithTheAnswerAndTheEvent() throws Exception {
        DeadLetterFile letters = new DeadLetterFile(folder.resolve("dead.jsonl"));
        letters.append(letter(410, "gone"));
        List<String> lines = Files.readAllLines(letters.file());
        assertEquals(1, lines.size());
        JsonNode line = Json.MAPPER.readTree(lines.get(0));
        assertEquals("2026-11-27T19:40:00Z", line.path("dead_lettered_at").asText());
        assertEquals("crm", line.path("receiver").asText());
        assertEquals("msg_1", line.path("webhook_id").asText());
        assertEquals(410, line.path("status").asInt());
        assertEquals("gone", line.path("answer").asText());
        assertEquals(7, line.path("event").path("id").asInt(), "the event is JSON, not a string of it");
    }

    @Test
    void theCountIncludesTheLettersOfEarlierRuns() {
        Path file = folder.resolve("dead.jsonl");
        new DeadLetterFile(file).append(letter(404, ""));
        DeadLetterFile again = new DeadLetterFile(file);
        assertEquals(1, again.count());
        again.append(letter(400, "bad"));
        assertEquals(2, again.count());
    }

    @Test
    void aLongAnswerIsCut() throws Exception {
        DeadLetterFile letters = new DeadLetterFile(folder.resolve("dead.jsonl"));
        letters.append(letter(413, "x".repeat(DeadLetterFile.ANSWER_CHARS * 3)));
        assertEquals(DeadLetterFile.ANSWER_CHARS,
                Json.MAPPER.readTree(Files.readAllLines(letters.file()).get(0)).path("answer").asText().length());
    }

    private static DeadLetterFile.DeadLetter letter(int status, String answer) {
        return new DeadLetterFile.DeadLetter(Instant.parse("2026-11-27T19:40:00Z"), "crm", "msg_1", status, answer,
                "{\"model\":\"res.partner\",\"id\":7}");
    }
}
