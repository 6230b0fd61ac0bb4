package io.github.odoorestcamel.config;

import io.github.odoorestcamel.auth.ApiKeyCallers;
import io.github.odoorestcamel.auth.ApiKeyLogins;
import io.github.odoorestcamel.auth.OdooSessions;
import io.github.odoorestcamel.odoo.OdooClient;
import io.github.odoorestcamel.odoo.ServerVersions;
import io.github.odoorestcamel.odoo.http.JsonRpcChannel;
import io.github.odoorestcamel.odoo.http.OdooCallListener;
import io.github.odoorestcamel.odoo.http.OdooHttp;
import io.github.odoorestcamel.odoo.http.OdooHttpSettings;
import io.github.odoorestcamel.odoo.transport.Json2Transport;
import io.github.odoorestcamel.odoo.transport.JsonRpcTransport;
import io.github.odoorestcamel.odoo.transport.SessionTransport;
import io.github.odoorestcamel.odoo.transport.TransportRouter;
import io.github.odoorestcamel.query.DomainFilter;
import io.github.odoorestcamel.query.QueryLimits;
import io.github.odoorestcamel.read.DateTimeStyle;
import io.github.odoorestcamel.read.ReadService;
import io.github.odoorestcamel.read.ReadSettings;
import io.github.odoorestcamel.read.RecordShaper;
import io.github.odoorestcamel.schema.FieldsCatalog;
import io.github.odoorestcamel.write.UpsertService;
import io.github.odoorestcamel.write.WriteService;
import org.apache.camel.CamelContext;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.support.service.ServiceSupport;

/**
 * The Odoo client and the read and write logic over it, for one Odoo URL: what the REST routes
 * and the {@code odoo:} component share (transports, caches, error mapping, read-only retry).
 */
public record OdooServices(String url, JsonRpcChannel channel, OdooClient client, ServerVersions versions,
                           OdooSessions sessions, ApiKeyLogins apiKeyLogins, ApiKeyCallers apiKeys, FieldsCatalog catalog, ReadSettings readSettings,
                           ReadService reads, WriteService writes, UpsertService upserts) {

    public static OdooServices create(CamelContext context, GatewaySettings settings, String odooUrl) {
        OdooCallListener listener = context.getRegistry().findSingleByType(OdooCallListener.class);
        OdooHttp http = new OdooHttp(new OdooHttpSettings(odooUrl, settings.millis("odoo.http.connect-timeout-ms"),
                settings.millis("odoo.http.timeout-ms"), settings.integer("odoo.http.max-connections"),
                settings.seconds("odoo.http.idle-timeout"), settings.number("odoo.http.max-response-bytes")),
                listener == null ? OdooCallListener.NONE : listener);
        try {
            context.addService(new ServiceSupport() {
                @Override
                protected void doStop() {
                    http.close();
                }
            }, true);
        } catch (Exception e) {
            throw RuntimeCamelException.wrapRuntimeException(e);
        }
        JsonRpcChannel channel = new JsonRpcChannel(http);
        OdooClient odoo = new TransportRouter(new SessionTransport(channel), new JsonRpcTransport(channel), new Json2Transport(http));
        OdooSessions sessions = new OdooSessions(channel, settings.seconds("odoo.session.cache-ttl"),
                settings.number("odoo.session.cache-size"));
        ServerVersions versions = new ServerVersions(channel, odooUrl, settings.seconds("odoo.version.cache-ttl"));
        FieldsCatalog catalog = new FieldsCatalog(odoo, odooUrl, settings.seconds("odoo.schema.cache-ttl"),
                settings.number("odoo.schema.cache-size"));
        ReadSettings readSettings = new ReadSettings(settings.integer("odoo.rest.max-page-size"),
                settings.integer("odoo.rest.max-rows"),
                new QueryLimits(settings.integer("odoo.rest.query.max-length"), settings.integer("odoo.rest.query.max-depth"),
                        settings.integer("odoo.rest.query.max-fields")),
                new DomainFilter.Limits(settings.integer("odoo.rest.filter.max-length"),
                        settings.integer("odoo.rest.filter.max-terms"), settings.integer("odoo.rest.filter.max-value-length")));
        ReadService reads = new ReadService(odoo, catalog, versions,
                new RecordShaper(DateTimeStyle.of(settings.text("odoo.rest.datetime-format"))), readSettings);
        ApiKeyLogins logins = new ApiKeyLogins(channel, settings.seconds("odoo.apikey.cache-ttl"), settings.number("odoo.apikey.cache-size"));
        WriteService writes = new WriteService(odoo, catalog, reads);
        return new OdooServices(odooUrl, channel, odoo, versions, sessions, logins, new ApiKeyCallers(versions, logins), catalog,
                readSettings, reads, writes, new UpsertService(odoo, catalog, writes));
    }
}
