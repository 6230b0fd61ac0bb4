package io.github.odoorestcamel.read;

import io.github.odoorestcamel.error.GatewayException;

/**
 * The paging parameters of a list request, validated: {@code page_size} (≤ the configured maximum),
 * {@code page} (from 1), and {@code limit} (≤ the most rows a list returns), which trims the page.
 */
public record PageRequest(Integer pageSize, int page, Integer limit) {

    private static final int MAX_DIGITS = 10;

    public static PageRequest of(String pageSize, String page, String limit, int maxPageSize, int maxRows) {
        Integer size = pageSize == null ? null : (int) bounded("page_size", pageSize, maxPageSize);
        int number = page == null ? 1 : (int) bounded("page", page, Integer.MAX_VALUE);
        Integer max = limit == null ? null : (int) bounded("limit", limit, maxRows);
        if (size != null && (long) (number - 1) * size > Integer.MAX_VALUE) {
            throw GatewayException.badRequest("page " + number + " of size " + size + " is beyond any result");
        }
        return new PageRequest(size, size == null ? 1 : number, max);
    }

    /** The first row to read. */
    public int offset() {
        return pageSize == null ? 0 : (page - 1) * pageSize;
    }

    /** How many rows to ask Odoo for: the page, trimmed by {@code limit}, or at most {@code maxRows}. */
    public int rowsToRead(int maxRows) {
        int rows = pageSize == null ? maxRows : pageSize;
        return limit == null ? rows : Math.min(rows, limit);
    }

    public boolean paged() {
        return pageSize != null;
    }

    /**
     * Refuses an answer that would silently hold fewer rows than asked for: without page_size and
     * limit a list promises every matching row, and it holds at most {@code maxRows}.
     */
    public void checkComplete(long total, int maxRows) {
        if (pageSize == null && limit == null && total > maxRows) {
            throw GatewayException.badRequest(total + " records match, more than a list returns at once (" + maxRows
                    + "): read them in pages (page_size and page) or narrow the filter");
        }
    }

    static long positive(String name, String text) {
        return bounded(name, text, Long.MAX_VALUE);
    }

    private static long bounded(String name, String text, long max) {
        String value = text.strip();
        if (value.isEmpty() || value.length() > MAX_DIGITS || !value.chars().allMatch(Character::isDigit)) {
            throw GatewayException.badRequest(name + " must be a positive integer, got '" + abbreviate(value) + "'");
        }
        long number = Long.parseLong(value);
        if (number < 1) {
            throw GatewayException.badRequest(name + " must be a positive integer, got " + number);
        }
        if (number > max) {
            throw GatewayException.badRequest(name + " must be at most " + max + ", got " + number);
        }
        return number;
    }

    private static String abbreviate(String value) {
        return value.length() > 20 ? value.substring(0, 20) + "…" : value;
    }
}
