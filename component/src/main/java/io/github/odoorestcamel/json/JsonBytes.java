package io.github.odoorestcamel.json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * JSON read straight from its bytes and written again exactly as {@link Json#MAPPER} writes what its
 * parser read, without building tokens or a tree: no whitespace; in strings, {@code "} and
 * {@code \} escaped, control characters as {@code \b \t \n \f \r} or as a six-character escape
 * with upper-case hex digits, characters outside the Basic Multilingual Plane (and any lone
 * surrogate) as such escapes of their surrogates, everything else as UTF-8; integers as they came ({@code -0} as {@code 0}); other numbers as
 * {@link Double#toString} renders them, quoted when infinite. Input the parser refuses (broken
 * syntax, a control character in a string, a bad UTF-8 start or continuation byte, nesting deeper
 * than 64, its default limits on the length of numbers, names and strings) fails with
 * {@link Malformed}; so does what a tree would silently change and Odoo never sends: a name twice
 * in an object copied, a 4-byte UTF-8 sequence for a character below U+10000. Reads through a buffer of its own; {@link #handBack} gives
 * what it read ahead back to the input.
 */
public final class JsonBytes {

    /** The input is not JSON the parser would read. */
    public static final class Malformed extends IOException {
        Malformed(String message) {
            super(message);
        }
    }

    private static final int MAX_DEPTH = 64;
    /** The parser's default limits: digits of a number, characters of a name and of a string. */
    private static final int MAX_NUMBER_LENGTH = 1000;
    private static final int MAX_NAME_LENGTH = 50_000;
    private static final int MAX_STRING_LENGTH = 20_000_000;
    /** Bytes a string's content is copied with as they are: not a quote, a backslash, a control character or part of a multi-byte one. */
    private static final boolean[] PLAIN = new boolean[256];

    static {
        for (int b = 0x20; b < 0x80; b++) {
            PLAIN[b] = b != '"' && b != '\\';
        }
    }

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

    private final InputStream in;
    /**
     * 64 KB: a page of Odoo's answer is read in a few reads of the socket (read 8 KB at a time, a
     * 1 000-row page cost a fifth more of the gateway's CPU).
     */
    private final byte[] buffer = new byte[64 * 1024];
    private final StringBuilder decoded = new StringBuilder();
    private final ByteSink scratch = new ByteSink(64);
    private int position;
    private int end;
    private int depth;
    private int digitCount;

    /** Reads from {@code in}, inside {@code depth} arrays and objects opened before. */
    public JsonBytes(InputStream in, int depth) {
        this.in = in;
        this.depth = depth;
    }

    /** The next byte that is not whitespace, left unread; -1 at the end of the input. */
    public int peek() throws IOException {
        while (true) {
            while (position < end) {
                byte b = buffer[position];
                if (b > ' ' || (b != ' ' && b != '\n' && b != '\r' && b != '\t')) {
                    return b & 0xff;
                }
                position++;
            }
            if (!fill()) {
                return -1;
            }
        }
    }

    /** Reads {@code c}, after any whitespace, or fails. */
    public void expect(char c) throws IOException {
        if (position < end && buffer[position] == c) {
            position++;
            return;
        }
        if (peek() != c) {
            throw malformed("'" + c + "' expected");
        }
        position++;
    }

    /**
     * In an array, just opened ({@code first}) or after an element: true when an element follows
     * (the comma before it read), false at the closing bracket, which is left unread.
     */
    public boolean nextElement(boolean first) throws IOException {
        int c = peek();
        if (c == ']') {
            return false;
        }
        if (!first) {
            if (c != ',') {
                throw malformed("',' or ']' expected");
            }
            position++;
        }
        return true;
    }

    /** Reads the bracket that closes an array. */
    public void endArray() throws IOException {
        expect(']');
        depth--;
    }

    /** Reads the bracket that opens an array. */
    public void startArray() throws IOException {
        expect('[');
        deeper();
    }

    /** Reads the brace that opens an object. */
    public void startObject() throws IOException {
        expect('{');
        deeper();
    }

    /**
     * In an object, just opened ({@code first}) or after a member: true when a member follows (the
     * comma before it read), false once the closing brace is read.
     */
    public boolean nextMember(boolean first) throws IOException {
        int c = peek();
        if (c == '}') {
            position++;
            depth--;
            return false;
        }
        if (!first) {
            if (c != ',') {
                throw malformed("',' or '}' expected");
            }
            position++;
            c = peek();
        }
        if (c != '"') {
            throw malformed("a member's name expected");
        }
        return true;
    }

    /**
     * Reads a member's name and the colon after it: its index among {@code names} (each as it is
     * written, without quotes, of {@linkplain #isPlain plain} bytes only), or -1; the name at
     * {@code likely} is tried first, where it stands.
     */
    public int name(byte[][] names, int likely) throws IOException {
        if (likely >= 0 && likely < names.length) {
            // the likely name written as it is, closed by a quote and followed by the colon: nothing else to read
            byte[] name = names[likely];
            int close = position + 1 + name.length;
            if (close + 1 < end && buffer[position] == '"' && buffer[close] == '"' && buffer[close + 1] == ':'
                    && sameBytes(position + 1, close, name)) {
                position = close + 2;
                return likely;
            }
        }
        expect('"');
        int close = plainUntilQuote();
        if (close >= 0) {
            // the whole name is buffered and has nothing to decode: compared where it stands
            if (close - position > MAX_NAME_LENGTH) {
                throw malformed("a name longer than " + MAX_NAME_LENGTH);
            }
            int found = -1;
            if (likely >= 0 && likely < names.length && sameBytes(position, close, names[likely])) {
                found = likely;
            }
            for (int i = 0; i < names.length && found < 0; i++) {
                if (sameBytes(position, close, names[i])) {
                    found = i;
                }
            }
            // compared before reading on: reading on may move the buffered bytes
            position = close + 1;
            expect(':');
            return found;
        }
        scratch.clear();
        string(scratch);
        if (scratch.size() > MAX_NAME_LENGTH) {
            throw malformed("a name longer than " + MAX_NAME_LENGTH);
        }
        expect(':');
        if (likely >= 0 && likely < names.length && scratch.equalsBytes(names[likely])) {
            return likely;
        }
        for (int i = 0; i < names.length; i++) {
            if (scratch.equalsBytes(names[i])) {
                return i;
            }
        }
        return -1;
    }

    /** Whether every character of {@code name} is written as one byte, as it is, inside a string: none is a quote, a backslash, a control character or above 0x7F. */
    public static boolean isPlain(CharSequence name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 0x80 || !PLAIN[c]) {
                return false;
            }
        }
        return true;
    }

    /** The position of the quote that ends a string of plain bytes starting at the position, or -1. */
    private int plainUntilQuote() {
        int at = position;
        while (at < end && PLAIN[buffer[at] & 0xff]) {
            at++;
        }
        return at < end && buffer[at] == '"' ? at : -1;
    }

    private boolean sameBytes(int from, int to, byte[] other) {
        if (to - from != other.length) {
            return false;
        }
        for (int i = 0; i < other.length; i++) {
            if (buffer[from + i] != other[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * When the next value is a string of {@linkplain #isPlain plain} bytes, wholly buffered: reads
     * it and copies its content (without quotes) into {@code into}, emptied first; true. Otherwise
     * reads nothing; false.
     */
    public boolean readPlainString(ByteSink into) throws IOException {
        if (peek() != '"') {
            return false;
        }
        position++;
        int close = plainUntilQuote();
        if (close < 0) {
            position--;
            return false;
        }
        into.clear();
        into.write(buffer, position, close - position);
        position = close + 1;
        return true;
    }

    /** Reads a string and gives it decoded, as the parser would. */
    public String readString() throws IOException {
        expect('"');
        int close = plainUntilQuote();
        if (close >= 0) {
            String plain = new String(buffer, position, close - position, StandardCharsets.ISO_8859_1);
            position = close + 1;
            return plain;
        }
        decoded.setLength(0);
        while (true) {
            require(1);
            byte b = buffer[position++];
            if (b == '"') {
                return decoded.toString();
            } else if (b == '\\') {
                decodeEscape();
            } else if (b >= 0 && b < 0x20) {
                throw malformed("a control character in a string");
            } else if (b >= 0) {
                decoded.append((char) b);
            } else {
                position--;
                decodeUtf8();
            }
        }
    }

    /** Copies the next value as the mapper writes it. */
    public void copyValue(ByteSink out) throws IOException {
        int c = peek();
        switch (c) {
            case '"' -> {
                int open = position;
                position++;
                int close = plainUntilQuote();
                if (close >= 0) {
                    // all of it buffered and nothing to change: copied with its quotes at once
                    out.write(buffer, open, close + 1 - open);
                    position = close + 1;
                    return;
                }
                out.write('"');
                int start = out.size();
                string(out);
                if (out.size() - start > MAX_STRING_LENGTH) {
                    throw malformed("a string longer than " + MAX_STRING_LENGTH);
                }
                out.write('"');
            }
            case '{' -> {
                startObject();
                out.write('{');
                boolean first = true;
                Set<String> names = null;
                while (nextMember(first)) {
                    if (!first) {
                        out.write(',');
                    }
                    position++;
                    out.write('"');
                    int start = out.size();
                    string(out);
                    if (out.size() - start > MAX_NAME_LENGTH) {
                        throw malformed("a name longer than " + MAX_NAME_LENGTH);
                    }
                    if (out != ByteSink.DISCARD) {
                        // a tree keeps one value of a name given twice; Odoo's answers, made from Python dicts, never do
                        if (names == null) {
                            names = new HashSet<>();
                        }
                        if (!names.add(out.latin1(start, out.size()))) {
                            throw malformed("a name twice in an object");
                        }
                    }
                    first = false;
                    out.write('"');
                    expect(':');
                    out.write(':');
                    copyValue(out);
                }
                out.write('}');
            }
            case '[' -> {
                startArray();
                out.write('[');
                boolean first = true;
                while (nextElement(first)) {
                    if (!first) {
                        out.write(',');
                    }
                    first = false;
                    copyValue(out);
                }
                endArray();
                out.write(']');
            }
            case 't' -> literal("true", out);
            case 'f' -> literal("false", out);
            case 'n' -> literal("null", out);
            case -1 -> throw malformed("the input ends where a value is expected");
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    number(out);
                } else {
                    throw malformed("a value expected");
                }
            }
        }
    }

    /** Reads past the next value, checking it as the parser would. */
    public void skipValue() throws IOException {
        copyValue(ByteSink.DISCARD);
    }

    /** Gives what was read ahead and not used back to {@code input}, which it was read from. */
    public void handBack(PushbackBytes input) {
        input.unread(buffer, position, end - position);
        position = end;
    }

    /** Writes {@code value} as the mapper writes a string. */
    public static void writeString(String value, ByteSink out) {
        out.write('"');
        for (int i = 0; i < value.length(); i++) {
            writeChar(value.charAt(i), out);
        }
        out.write('"');
    }

    private void deeper() throws Malformed {
        if (++depth > MAX_DEPTH) {
            throw malformed("nested deeper than " + MAX_DEPTH);
        }
    }

    /** A string's content after its opening quote, up to and including its closing quote. */
    private void string(ByteSink out) throws IOException {
        while (true) {
            require(1);
            int start = position;
            int stop = end;
            byte[] bytes = buffer;
            int at = start;
            while (at < stop && PLAIN[bytes[at] & 0xff]) {
                at++;
            }
            out.write(bytes, start, at - start);
            position = at;
            if (at == stop) {
                continue;
            }
            byte b = bytes[at];
            if (b == '"') {
                position++;
                return;
            }
            if (b == '\\') {
                position++;
                copyEscape(out);
            } else if (b >= 0) {
                throw malformed("a control character in a string");
            } else {
                copyUtf8(out);
            }
        }
    }

    private void copyEscape(ByteSink out) throws IOException {
        require(1);
        byte e = buffer[position++];
        switch (e) {
            case '"', '\\', 'b', 'f', 'n', 'r', 't' -> {
                out.write('\\');
                out.write(e);
            }
            case '/' -> out.write('/');
            case 'u' -> writeChar(hex4(), out);
            default -> throw malformed("an unknown escape in a string");
        }
    }

    private void decodeEscape() throws IOException {
        require(1);
        byte e = buffer[position++];
        decoded.append(switch (e) {
            case '"' -> '"';
            case '\\' -> '\\';
            case '/' -> '/';
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'u' -> hex4();
            default -> throw malformed("an unknown escape in a string");
        });
    }

    private char hex4() throws IOException {
        require(4);
        int value = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit(buffer[position++], 16);
            if (digit < 0) {
                throw malformed("a bad unicode escape in a string");
            }
            value = value << 4 | digit;
        }
        return (char) value;
    }

    /** A multi-byte character copied, or written as the mapper writes the characters the parser decodes from it. */
    private void copyUtf8(ByteSink out) throws IOException {
        int lead = buffer[position] & 0xff;
        int length = utf8Length(lead);
        require(length);
        int cp = utf8CodePoint(lead, length);
        boolean same = length == 2 ? cp >= 0x80 : length == 3 && cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF);
        if (same) {
            out.write(buffer, position, length);
        } else {
            emitChars(cp, length, out, null);
        }
        position += length;
    }

    private void decodeUtf8() throws IOException {
        int lead = buffer[position] & 0xff;
        int length = utf8Length(lead);
        require(length);
        int cp = utf8CodePoint(lead, length);
        emitChars(cp, length, null, decoded);
        position += length;
    }

    private int utf8Length(int lead) throws Malformed {
        if (lead >= 0xC0 && lead <= 0xDF) {
            return 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            return 3;
        } else if (lead >= 0xF0 && lead <= 0xF7) {
            return 4;
        }
        throw malformed("an invalid UTF-8 start byte");
    }

    /**
     * The code point as the parser computes it, checking that continuation bytes are such; a
     * 4-byte sequence must encode a character beyond the Basic Multilingual Plane (the parser reads
     * other ones differently in names and in values).
     */
    private int utf8CodePoint(int lead, int length) throws Malformed {
        int cp = lead & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07);
        for (int i = 1; i < length; i++) {
            int next = buffer[position + i] & 0xff;
            if ((next & 0xC0) != 0x80) {
                throw malformed("an invalid UTF-8 continuation byte");
            }
            cp = cp << 6 | (next & 0x3F);
        }
        if (length == 4 && (cp < 0x10000 || cp > 0x10FFFF)) {
            throw malformed("an invalid 4-byte UTF-8 sequence");
        }
        return cp;
    }

    /** The characters the parser makes of a decoded sequence: a 4-byte one becomes two surrogates. */
    private static void emitChars(int cp, int length, ByteSink out, StringBuilder chars) {
        if (length == 4) {
            int c = cp - 0x10000;
            emit((char) (0xD800 | (c >> 10)), out, chars);
            emit((char) (0xDC00 | (c & 0x3FF)), out, chars);
        } else {
            emit((char) cp, out, chars);
        }
    }

    private static void emit(char c, ByteSink out, StringBuilder chars) {
        if (out != null) {
            writeChar(c, out);
        } else {
            chars.append(c);
        }
    }

    /** One character as the mapper's generator writes it inside a string. */
    private static void writeChar(char c, ByteSink out) {
        if (c < 0x20) {
            out.write('\\');
            switch (c) {
                case '\b' -> out.write('b');
                case '\t' -> out.write('t');
                case '\n' -> out.write('n');
                case '\f' -> out.write('f');
                case '\r' -> out.write('r');
                default -> {
                    out.write('u');
                    out.write('0');
                    out.write('0');
                    out.write(HEX[c >> 4]);
                    out.write(HEX[c & 0xF]);
                }
            }
        } else if (c == '"' || c == '\\') {
            out.write('\\');
            out.write(c);
        } else if (c < 0x80) {
            out.write(c);
        } else if (c < 0x800) {
            out.write(0xC0 | (c >> 6));
            out.write(0x80 | (c & 0x3F));
        } else if (c >= 0xD800 && c <= 0xDFFF) {
            out.write('\\');
            out.write('u');
            out.write(HEX[c >> 12]);
            out.write(HEX[(c >> 8) & 0xF]);
            out.write(HEX[(c >> 4) & 0xF]);
            out.write(HEX[c & 0xF]);
        } else {
            out.write(0xE0 | (c >> 12));
            out.write(0x80 | ((c >> 6) & 0x3F));
            out.write(0x80 | (c & 0x3F));
        }
    }

    private void literal(String word, ByteSink out) throws IOException {
        require(word.length());
        for (int i = 0; i < word.length(); i++) {
            if (buffer[position + i] != word.charAt(i)) {
                throw malformed("an unknown literal");
            }
        }
        position += word.length();
        if (ensureOne() && isWordByte(buffer[position])) {
            throw malformed("an unknown literal");
        }
        for (int i = 0; i < word.length(); i++) {
            out.write(word.charAt(i));
        }
    }

    private static boolean isWordByte(byte b) {
        return b == '_' || (b >= '0' && b <= '9') || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || b < 0;
    }

    /** A number checked against JSON's grammar: integers as they came (-0 as 0), others through a double. */
    private void number(ByteSink out) throws IOException {
        digitCount = 0;
        int at = position;
        if (at < end && buffer[at] >= '1' && buffer[at] <= '9') {
            // a positive integer ending inside the buffer is written as it stands
            do {
                at++;
            } while (at < end && buffer[at] >= '0' && buffer[at] <= '9');
            if (at < end && buffer[at] != '.' && buffer[at] != 'e' && buffer[at] != 'E' && at - position <= MAX_NUMBER_LENGTH) {
                out.write(buffer, position, at - position);
                position = at;
                return;
            }
        }
        scratch.clear();
        boolean integer = true;
        int b = next();
        if (b == '-') {
            scratch.write(b);
            b = next();
        }
        if (b == '0') {
            scratch.write(b);
            digitCount++;
            b = next();
            if (b >= '0' && b <= '9') {
                throw malformed("a number with a leading zero");
            }
        } else if (b >= '1' && b <= '9') {
            b = digits(b);
        } else {
            throw malformed("a bad number");
        }
        if (b == '.') {
            integer = false;
            scratch.write(b);
            b = next();
            if (b < '0' || b > '9') {
                throw malformed("a bad number");
            }
            b = digits(b);
        }
        if (b == 'e' || b == 'E') {
            integer = false;
            scratch.write(b);
            b = next();
            if (b == '+' || b == '-') {
                scratch.write(b);
                b = next();
            }
            if (b < '0' || b > '9') {
                throw malformed("a bad number");
            }
            b = digits(b);
        }
        if (b >= 0) {
            position--;
        }
        if (digitCount > MAX_NUMBER_LENGTH) {
            throw malformed("a number of more than " + MAX_NUMBER_LENGTH + " digits");
        }
        if (integer) {
            if (scratch.size() == 2 && scratch.byteAt(0) == '-' && scratch.byteAt(1) == '0') {
                out.write('0');
            } else {
                out.write(scratch);
            }
            return;
        }
        double value = Double.parseDouble(scratch.latin1(0, scratch.size()));
        if (Double.isInfinite(value)) {
            out.write('"');
            writeAscii(Double.toString(value), out);
            out.write('"');
        } else {
            writeAscii(Double.toString(value), out);
        }
    }

    private int digits(int first) throws IOException {
        int b = first;
        while (b >= '0' && b <= '9') {
            scratch.write(b);
            digitCount++;
            b = next();
        }
        return b;
    }

    private static void writeAscii(String text, ByteSink out) {
        for (int i = 0; i < text.length(); i++) {
            out.write(text.charAt(i));
        }
    }

    /** The next byte, consumed; -1 at the end of the input. */
    private int next() throws IOException {
        if (position == end && !fill()) {
            return -1;
        }
        return buffer[position++] & 0xff;
    }

    private boolean ensureOne() throws IOException {
        return position < end || fill();
    }

    /** At least {@code count} bytes buffered from the position on, or the input ended too soon. */
    private void require(int count) throws IOException {
        while (end - position < count) {
            if (!fill()) {
                throw malformed("the input ends inside a value");
            }
        }
    }

    /** Reads more, keeping the unread bytes; false at the end of the input. */
    private boolean fill() throws IOException {
        if (position > 0) {
            System.arraycopy(buffer, position, buffer, 0, end - position);
            end -= position;
            position = 0;
        }
        int read = in.read(buffer, end, buffer.length - end);
        if (read < 0) {
            return false;
        }
        end += read;
        return true;
    }

    private static Malformed malformed(String what) {
        return new Malformed("Not JSON: " + what);
    }
}
