package io.github.odoorestcamel.read;

/**
 * A list answered as Odoo's answer arrives: the total and paging for the headers, and the body —
 * whole when Odoo's answer fit in what is read before answering ({@code whole}), else to be read.
 */
public record StreamedList(long total, PageRequest page, byte[] whole, PageBody body) {
}
