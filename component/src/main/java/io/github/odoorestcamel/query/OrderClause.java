package io.github.odoorestcamel.query;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.odoorestcamel.error.GatewayException;
import io.github.odoorestcamel.json.Json;
import io.github.odoorestcamel.schema.ModelFields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Validates an {@code order} value ({@code name desc, id} or the reference's JSON string form
 * {@code "name desc"}) and gives the normalised clause sent to Odoo.
 */
public final class OrderClause {

    private static final Pattern TERM = Pattern.compile(
            "([A-Za-z_][A-Za-z0-9_]*)(\\.[A-Za-z_][A-Za-z0-9_]*)?(?:\\s+(asc|desc))?(?:\\s+nulls\\s+(first|last))?",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_LENGTH = 512;

    private OrderClause() {
    }

    public static String parse(String text, ModelFields fields) {
        String clause = unquote(text.strip());
        if (clause.isEmpty()) {
            throw GatewayException.badRequest("order is empty");
        }
        if (clause.length() > MAX_LENGTH) {
            throw GatewayException.badRequest("order is longer than " + MAX_LENGTH + " characters");
        }
        List<String> terms = new ArrayList<>();
        for (String raw : clause.split(",", -1)) {
            String term = raw.strip().replaceAll("\\s+", " ");
            Matcher m = TERM.matcher(term);
            if (!m.matches()) {
                throw GatewayException.badRequest("Invalid order term '" + term + "': expected 'field [asc|desc]'");
            }
            fields.require(m.group(1));
            StringBuilder normalised = new StringBuilder(m.group(1));
            if (m.group(2) != null) {
                normalised.append(m.group(2));
            }
            if (m.group(3) != null) {
                normalised.append(' ').append(m.group(3).toLowerCase(Locale.ROOT));
            }
            if (m.group(4) != null) {
                normalised.append(" nulls ").append(m.group(4).toLowerCase(Locale.ROOT));
            }
            terms.add(normalised.toString());
        }
        return String.join(", ", terms);
    }

    private static String unquote(String text) {
        if (!text.startsWith("\"")) {
            return text;
        }
        try {
            JsonNode node = Json.MAPPER.readTree(text);
            if (node != null && node.isTextual()) {
                return node.asText().strip();
            }
        } catch (IOException e) {
            // falls through to the error below
        }
        throw GatewayException.badRequest("order must be a clause like 'name desc, id' or a JSON string holding one");
    }
}
