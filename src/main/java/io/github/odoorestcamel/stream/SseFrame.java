package io.github.odoorestcamel.stream;

/**
 * The text of Server-Sent Events: an event of {@code id:}, {@code event:} and {@code data:} lines,
 * or a comment line. A blank line ends each; data is JSON on one line, as a newline inside it would
 * start a new field.
 */
public final class SseFrame {

    private SseFrame() {
    }

    public static String event(String id, String name, String data) {
        if (data.indexOf('\n') >= 0 || data.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("An event's data must be one line");
        }
        return "id: " + id + "\nevent: " + name + "\ndata: " + data + "\n\n";
    }

    /** An event that tells the client why its stream ends; without an id, so that it resumes from its last change. */
    public static String error(String data) {
        return "event: error\ndata: " + data + "\n\n";
    }

    public static String comment(String text) {
        return ": " + text + "\n\n";
    }
}
