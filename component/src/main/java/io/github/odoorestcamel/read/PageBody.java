package io.github.odoorestcamel.read;

import io.github.odoorestcamel.error.GatewayException;
import io.github.odoorestcamel.odoo.http.ResultStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.BooleanSupplier;

/**
 * A list's answer read by the client as Odoo's answer arrives: the envelope's head, then the records
 * a chunk at a time, then the envelope's end. Whatever goes wrong once the client is being answered
 * — Odoo's answer breaks off, turns out malformed or too large, holds another number of records than
 * the head announced, or the client is gone — fails the read, so the client's connection is cut
 * rather than ended with JSON that looks complete; Odoo's connection is then dropped. Once Odoo's
 * answer was read to its end, its connection goes back to the pool.
 */
public final class PageBody extends InputStream {

    private static final int CHUNK_BYTES = 16 * 1024;
    private static final byte[] END = {'}'};

    private final StreamedPage page;
    private final ResultStream source;
    private final int announced;
    private volatile BooleanSupplier clientGone = () -> false;
    private byte[] chunk;
    private int position;
    private boolean ended;

    PageBody(byte[] head, StreamedPage page, ResultStream source, int announced) {
        this.chunk = head;
        this.page = page;
        this.source = source;
        this.announced = announced;
    }

    /** Told before each chunk is read from Odoo, so a client that left stops the read. */
    public void stopWhen(BooleanSupplier clientGone) {
        this.clientGone = clientGone;
    }

    /** What is ready without reading Odoo, so a reader that asks fills its buffer in one go. */
    @Override
    public int available() {
        return chunk.length - position;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (position == chunk.length) {
            if (ended) {
                return -1;
            }
            fill();
        }
        int n = Math.min(length, chunk.length - position);
        System.arraycopy(chunk, position, buffer, offset, n);
        position += n;
        return n;
    }

    private void fill() throws IOException {
        try {
            if (clientGone.getAsBoolean()) {
                throw new IOException("the client is gone");
            }
            boolean more = true;
            while (more && page.buffered() < CHUNK_BYTES) {
                more = page.step();
            }
            if (!more) {
                end();
            }
            chunk = page.take();
            position = 0;
            if (ended) {
                chunk = append(chunk, END);
            }
        } catch (IOException | RuntimeException e) {
            source.close();
            throw e instanceof IOException io ? io : new IOException(message(e), e);
        }
    }

    private void end() {
        if (page.count() != announced) {
            throw new IllegalStateException("Odoo's answer held " + page.count() + " records where its length announced " + announced);
        }
        source.finish();
        ended = true;
    }

    private static String message(Exception e) {
        return e instanceof GatewayException g ? g.name() + ": " + g.getMessage() : e.getMessage();
    }

    private static byte[] append(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    /** Drops Odoo's connection unless its answer was read to its end. */
    @Override
    public void close() {
        source.close();
    }
}
