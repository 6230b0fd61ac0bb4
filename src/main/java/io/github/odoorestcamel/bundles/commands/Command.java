package io.github.odoorestcamel.bundles.commands;

import java.util.List;
import java.util.Map;

/**
 * A checked command message: what to do to which Odoo model. Only the parts its operation uses
 * are set: {@code values} for create/write/upsert, {@code ids} for write/unlink, {@code key} for
 * upsert, {@code method}/{@code args}/{@code kwargs} for call. {@code id}, when given, identifies
 * the message so a redelivered copy is applied once.
 */
public record Command(String id, String model, String operation, String key, Object values, List<Long> ids,
                      String method, List<Object> args, Map<String, Object> kwargs, Map<String, Object> context) {
}
