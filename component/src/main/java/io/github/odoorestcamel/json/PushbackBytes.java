package io.github.odoorestcamel.json;

import com.fasterxml.jackson.core.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;

/**
 * An input that bytes can be given back to: they are read again, before the rest of the source.
 * Lets a JSON parser and a raw reader take turns on one answer: each hands the other what it read
 * ahead and did not use.
 */
public final class PushbackBytes extends InputStream {

    private final InputStream source;
    private static final byte[] NONE = new byte[0];
    private byte[] back = NONE;
    private int position;

    public PushbackBytes(InputStream source) {
        this.source = source;
    }

    /** Gives these bytes back: they are read next, before whatever was given back earlier and not yet read. */
    public void unread(byte[] bytes, int offset, int length) {
        if (length == 0) {
            return;
        }
        byte[] joined = new byte[length + back.length - position];
        System.arraycopy(bytes, offset, joined, 0, length);
        System.arraycopy(back, position, joined, length, back.length - position);
        back = joined;
        position = 0;
    }

    /**
     * Takes back what {@code parser}, reading from this input, read ahead of its current token:
     * this input then goes on from just after that token.
     */
    public PushbackBytes takeBack(JsonParser parser) throws IOException {
        ByteArrayOutputStream ahead = new ByteArrayOutputStream();
        if (parser.releaseBuffered(ahead) < 0) {
            throw new CharConversionException("the parser did not read bytes");
        }
        byte[] bytes = ahead.toByteArray();
        unread(bytes, 0, bytes.length);
        return this;
    }

    @Override
    public int read() throws IOException {
        if (position < back.length) {
            return back[position++] & 0xff;
        }
        return source.read();
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        int left = back.length - position;
        if (left > 0) {
            int n = Math.min(left, length);
            System.arraycopy(back, position, buffer, offset, n);
            position += n;
            if (position == back.length) {
                back = NONE;
                position = 0;
            }
            return n;
        }
        return source.read(buffer, offset, length);
    }

    @Override
    public int available() throws IOException {
        return back.length - position + source.available();
    }

    @Override
    public void close() throws IOException {
        source.close();
    }
}
