package io.github.odoorestcamel.json;

import java.util.Arrays;

/** Bytes written one after another into a buffer that grows; not shared between threads. */
public final class ByteSink {

    /** A sink that keeps nothing: for values read only to be checked and passed over. */
    public static final ByteSink DISCARD = new ByteSink(0, true);

    private final boolean discards;
    private byte[] bytes;
    private int size;

    public ByteSink(int capacity) {
        this(capacity, false);
    }

    private ByteSink(int capacity, boolean discards) {
        this.discards = discards;
        bytes = new byte[discards ? 0 : Math.max(16, capacity)];
    }

    public void write(int b) {
        if (discards) {
            return;
        }
        if (size == bytes.length) {
            grow(1);
        }
        bytes[size++] = (byte) b;
    }

    public void write(byte[] source, int offset, int length) {
        if (discards) {
            return;
        }
        if (size + length > bytes.length) {
            grow(length);
        }
        System.arraycopy(source, offset, bytes, size, length);
        size += length;
    }

    public void write(byte[] source) {
        write(source, 0, source.length);
    }

    /** Everything written to {@code other} since it was last taken or cleared. */
    public void write(ByteSink other) {
        write(other.bytes, 0, other.size);
    }

    /** Bytes {@code from} to {@code to} of what was written to {@code other}. */
    public void write(ByteSink other, int from, int to) {
        write(other.bytes, from, to - from);
    }

    /** Whether what was written equals {@code other}. */
    public boolean equalsBytes(byte[] other) {
        if (other.length != size) {
            return false;
        }
        for (int i = 0; i < size; i++) {
            if (bytes[i] != other[i]) {
                return false;
            }
        }
        return true;
    }

    public byte byteAt(int index) {
        return bytes[index];
    }

    /** Bytes {@code from} to {@code to} of what was written, one character each. */
    public String latin1(int from, int to) {
        return new String(bytes, from, to - from, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    public int size() {
        return size;
    }

    /** The bytes written since the last take, and the buffer emptied. */
    public byte[] take() {
        byte[] taken = Arrays.copyOf(bytes, size);
        size = 0;
        return taken;
    }

    /** Copies what was written into {@code target} from {@code offset} on, and empties the buffer. */
    public void moveTo(byte[] target, int offset) {
        System.arraycopy(bytes, 0, target, offset, size);
        size = 0;
    }

    public void clear() {
        size = 0;
    }

    private void grow(int needed) {
        bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + needed));
    }
}
