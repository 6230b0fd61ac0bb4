package io.github.odoorestcamel.read;

import io.github.odoorestcamel.json.ByteSink;
import io.github.odoorestcamel.json.JsonBytes;
import io.github.odoorestcamel.schema.FieldInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes records of a flat selection (no sub-fields) straight from the bytes of Odoo's answer to
 * the client's, byte for byte as {@link RecordShaper} renders them from a tree and the mapper
 * writes that: the selected fields Odoo sent, in the selected order (a field Odoo sends early is
 * held until its turn), without any other; a many2one's {@code [id, name]} as its id and an empty
 * one as {@code false}; an x2many's {@code {"id": n}} objects as their ids; datetimes in the
 * configured style; everything else as it came, in the mapper's canonical form ({@link JsonBytes}).
 * Only one record is ever held, and of it only the fields that came out of order.
 */
public final class FlatRecordWriter {

    private static final int AS_IT_CAME = 0;
    private static final int MANY2ONE = 1;
    private static final int TO_MANY = 2;
    private static final int DATETIME = 3;
    private static final byte[] ID = "id".getBytes(StandardCharsets.UTF_8);
    private static final byte[] FALSE = "false".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NULL = "null".getBytes(StandardCharsets.US_ASCII);

    /** How many fields are selected. */
    private final int count;
    /** The selected fields' names, then "id" (so that it is recognised when not selected). */
    private final byte[][] names;
    /** Each selected field's name as written before its value: {@code "name":}. */
    private final byte[][] heads;
    private final int idIndex;
    /** How each selected field's value is written: {@link #MANY2ONE}, {@link #TO_MANY}, {@link #DATETIME} or as it came. */
    private final int[] kinds;
    private final DateTimeStyle dateTimeStyle;
    private final String method;
    private final ByteSink[] held;
    private final ByteSink id = new ByteSink(32);
    /** A datetime's characters, as Odoo sent them. */
    private final ByteSink dateTime = new ByteSink(32);

    public FlatRecordWriter(FieldSelection selection, DateTimeStyle dateTimeStyle, String method) {
        if (!renders(selection)) {
            throw new IllegalArgumentException("a selection with sub-fields or a name that is not plain ASCII is shaped from a tree");
        }
        List<SelectedField> fields = selection.fields();
        this.count = fields.size();
        this.names = new byte[fields.size() + 1][];
        this.heads = new byte[fields.size()][];
        this.kinds = new int[fields.size()];
        int idAt = fields.size();
        for (int i = 0; i < fields.size(); i++) {
            String name = fields.get(i).name();
            names[i] = name.getBytes(StandardCharsets.UTF_8);
            ByteSink head = new ByteSink(name.length() + 3);
            JsonBytes.writeString(name, head);
            head.write(':');
            heads[i] = head.take();
            if (name.equals("id")) {
                idAt = i;
            }
            FieldInfo info = fields.get(i).info();
            kinds[i] = info.isMany2one() ? MANY2ONE : info.isToMany() ? TO_MANY : "datetime".equals(info.type()) ? DATETIME : AS_IT_CAME;
        }
        names[fields.size()] = ID;
        this.idIndex = idAt;
        this.dateTimeStyle = dateTimeStyle;
        this.method = method;
        this.held = new ByteSink[count];
    }

    /**
     * Whether records of this selection can be written as they are read: no field asks for
     * sub-fields, and every name is plain ASCII (as Odoo's field names are), so it is recognised
     * byte for byte.
     */
    public static boolean renders(FieldSelection selection) {
        return selection.fields().stream()
                .allMatch(field -> !field.isNested() && JsonBytes.isPlain(field.name()));
    }

    /** Reads one record, the next value of {@code in}, and writes it shaped to {@code out}. */
    public void write(JsonBytes in, ByteSink out) throws IOException {
        if (in.peek() != '{') {
            // a value that is not an object: checked first, so that one that is not JSON says so
            in.skipValue();
            throw OdooAnswers.unexpected(method);
        }
        in.startObject();
        out.write('{');
        boolean[] pending = null;
        int next = 0;
        boolean wrote = false;
        boolean hasId = false;
        boolean first = true;
        while (in.nextMember(first)) {
            first = false;
            // the next field to write is the likely name; past the last, none is (the slot after it is "id" unselected)
            int named = in.name(names, next < count ? next : -1);
            hasId |= isId(named);
            int at = named == count ? -1 : named;
            if (at < 0) {
                in.skipValue();
            } else if (at == next) {
                wrote = head(at, wrote, out);
                writeValue(in, out, kinds[at]);
                next = writeHeld(pending, next + 1, out);
            } else if (at > next && (pending == null || !pending[at])) {
                if (pending == null) {
                    pending = new boolean[count];
                }
                pending[at] = true;
                if (held[at] == null) {
                    held[at] = new ByteSink(64);
                }
                held[at].clear();
                writeValue(in, held[at], kinds[at]);
            } else {
                // a field twice: Odoo's answers come from Python dicts, which cannot hold one
                throw OdooAnswers.unexpected(method);
            }
        }
        if (!hasId) {
            throw OdooAnswers.unexpected(method);
        }
        if (pending != null) {
            for (int i = next; i < pending.length; i++) {
                if (pending[i]) {
                    wrote = head(i, wrote, out);
                    out.write(held[i]);
                    pending[i] = false;
                }
            }
        }
        out.write('}');
    }

    /** Writes the name of field {@code at}, after a comma unless none was written before; true. */
    private boolean head(int at, boolean wrote, ByteSink out) {
        if (wrote) {
            out.write(',');
        }
        out.write(heads[at]);
        return true;
    }

    /** Writes the held fields from {@code next} on while they follow each other; the position after them. */
    private int writeHeld(boolean[] pending, int next, ByteSink out) {
        int at = next;
        while (pending != null && at < pending.length && pending[at]) {
            out.write(',');
            out.write(heads[at]);
            out.write(held[at]);
            pending[at] = false;
            at++;
        }
        return at;
    }

    private void writeValue(JsonBytes in, ByteSink out, int kind) throws IOException {
        int c = in.peek();
        if (kind == MANY2ONE && c == '[') {
            in.startArray();
            if (!in.nextElement(true)) {
                in.endArray();
                out.write(FALSE);
                return;
            }
            in.copyValue(out);
            while (in.nextElement(false)) {
                in.skipValue();
            }
            in.endArray();
        } else if (kind == TO_MANY && c == '[') {
            in.startArray();
            out.write('[');
            boolean first = true;
            while (in.nextElement(first)) {
                if (!first) {
                    out.write(',');
                }
                first = false;
                if (in.peek() == '{') {
                    writeId(in, out);
                } else {
                    in.copyValue(out);
                }
            }
            in.endArray();
            out.write(']');
        } else if (kind == DATETIME && c == '"') {
            if (in.readPlainString(dateTime)) {
                dateTimeStyle.write(dateTime, out);
            } else {
                JsonBytes.writeString(dateTimeStyle.render(in.readString()), out);
            }
        } else {
            in.copyValue(out);
        }
    }

    /** An object in an x2many written as its {@code id} (the last one, as a tree keeps it), or null without one. */
    private void writeId(JsonBytes in, ByteSink out) throws IOException {
        in.startObject();
        boolean found = false;
        boolean first = true;
        while (in.nextMember(first)) {
            first = false;
            if (isId(in.name(names, idIndex))) {
                id.clear();
                in.copyValue(id);
                found = true;
            } else {
                in.skipValue();
            }
        }
        if (found) {
            out.write(id);
        } else {
            out.write(NULL);
        }
    }

    /** Whether a name read is "id", selected or not. */
    private boolean isId(int named) {
        return named == idIndex || named == count;
    }
}
