package io.github.odoorestcamel.odoo.http;

import com.fasterxml.jackson.core.JsonParser;
import io.github.odoorestcamel.error.GatewayException;
import io.github.odoorestcamel.json.PushbackBytes;
import java.io.IOException;

/**
 * The result of a read, to be read as Odoo sends it: {@link #parser()} stands on
 * its first token. Once the result is read, {@link #finish()} reads what follows it (the rest of
 * the JSON-RPC envelope, where an error may still stand) and gives the connection back;
 * {@link #close()} drops the connection of an answer left half-read.
 */
public final class ResultStream implements AutoCloseable {

    /** Reads what follows the result in the answer, failing on an error it announces. */
    @FunctionalInterface
    interface Trailer {
        Trailer NONE = parser -> {
        };

        void read(JsonParser parser) throws IOException;
    }

    private final OpenAnswer answer;
    private final JsonParser parser;
    private final Trailer trailer;

    ResultStream(OpenAnswer answer, JsonParser parser, Trailer trailer) {
        this.answer = answer;
        this.parser = parser;
        this.trailer = trailer;
    }

    /** An answer whose whole body is the result, as JSON-2's is. */
    public static ResultStream ofBody(OpenAnswer answer) {
        JsonParser parser = answer.parser();
        try {
            if (parser.nextToken() == null) {
                answer.release();
                throw OdooHttp.badGateway("Odoo answered HTTP " + answer.status() + " with an empty body");
            }
        } catch (IOException e) {
            throw answer.failure(e);
        }
        return new ResultStream(answer, parser, Trailer.NONE);
    }

    public JsonParser parser() {
        return parser;
    }

    /**
     * The answer's bytes from just after the parser's current token, to be read raw: the parser's
     * read-ahead is given back to them first. Bytes given back to the returned input are what the
     * parser reads next, so the two can take turns.
     */
    public PushbackBytes rawAfterToken() throws IOException {
        return answer.input().takeBack(parser);
    }

    /** After the result: reads the rest of the answer and gives the connection back to the pool. */
    public void finish() {
        try {
            trailer.read(parser);
            answer.release();
        } catch (IOException e) {
            throw failure(e);
        } catch (RuntimeException e) {
            answer.close();
            throw e;
        }
    }

    /** What a failure while reading the result means to the client; the connection is dropped. */
    public GatewayException failure(IOException e) {
        return answer.failure(e);
    }

    @Override
    public void close() {
        answer.close();
    }
}
