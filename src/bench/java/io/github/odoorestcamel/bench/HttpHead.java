package io.github.odoorestcamel.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The head of an HTTP/1.1 message read straight from a socket: the first line and the headers
 * (names in lower case). Enough HTTP for the benchmark's stand-in and its socket client, which
 * must add nothing measurable of their own to the times they take.
 */
record HttpHead(String firstLine, Map<String, String> headers) {

    /** Reads a head up to its blank line (from a buffered stream); null when the stream ends before one starts. */
    static HttpHead read(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(128);
        String first = null;
        Map<String, String> headers = new HashMap<>();
        while (true) {
            int b = in.read();
            if (b < 0) {
                if (first == null && line.size() == 0) {
                    return null;
                }
                throw new IOException("the head ended early");
            }
            if (b != '\n') {
                line.write(b);
                continue;
            }
            String text = line.toString(StandardCharsets.ISO_8859_1).stripTrailing();
            line.reset();
            if (first == null) {
                first = text;
            } else if (text.isEmpty()) {
                return new HttpHead(first, headers);
            } else {
                int colon = text.indexOf(':');
                headers.merge(text.substring(0, colon).strip().toLowerCase(Locale.ROOT), text.substring(colon + 1).strip(),
                        (a, c) -> a + ", " + c);
            }
        }
    }

    String header(String lowerCaseName) {
        return headers.get(lowerCaseName);
    }

    /** The request's path without its query, for a request head. */
    String path() {
        String target = firstLine.split(" ")[1];
        int query = target.indexOf('?');
        return query < 0 ? target : target.substring(0, query);
    }

    /** The status code, for a response head. */
    int status() {
        return Integer.parseInt(firstLine.split(" ")[1]);
    }

    int contentLength() {
        String length = header("content-length");
        return length == null ? 0 : Integer.parseInt(length);
    }

    boolean chunked() {
        String encoding = header("transfer-encoding");
        return encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked");
    }

    boolean wantsClose() {
        String connection = header("connection");
        return connection != null && connection.toLowerCase(Locale.ROOT).contains("close");
    }

    /** Reads past the body this head announces, by length or in chunks. */
    void skipBody(InputStream in) throws IOException {
        if (!chunked()) {
            in.skipNBytes(contentLength());
            return;
        }
        while (true) {
            String size = readLine(in);
            int chunk = Integer.parseInt(size.split(";")[0].strip(), 16);
            if (chunk == 0) {
                while (!readLine(in).isEmpty()) {
                    // trailers
                }
                return;
            }
            in.skipNBytes(chunk);
            readLine(in);
        }
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(16);
        int b;
        while ((b = in.read()) != '\n') {
            if (b < 0) {
                throw new IOException("the body ended early");
            }
            line.write(b);
        }
        return line.toString(StandardCharsets.ISO_8859_1).stripTrailing();
    }
}
