package io.github.odoorestcamel.core;

import io.github.odoorestcamel.auth.ApiKeyCallers;
import io.github.odoorestcamel.auth.ApiKeyLogins;
import io.github.odoorestcamel.auth.OdooSessions;
import io.github.odoorestcamel.odoo.OdooClient;
import io.github.odoorestcamel.odoo.ServerVersions;
import io.github.odoorestcamel.odoo.http.JsonRpcChannel;
import io.github.odoorestcamel.odoo.http.OdooCallListener;
import io.github.odoorestcamel.odoo.http.OdooHttp;
import io.github.odoorestcamel.odoo.transport.Json2Transport;
import io.github.odoorestcamel.odoo.transport.JsonRpcTransport;
import io.github.odoorestcamel.odoo.transport.SessionTransport;
import io.github.odoorestcamel.odoo.transport.TransportRouter;
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
 * The Odoo client and the read and write logic over it, for one Odoo URL: transports, sessions,
 * API-key logins, the server version, the fields catalog, reads, writes and upserts. One instance
 * per URL serves every user of it in a Camel context (the {@code odoo:} component's endpoints, and
 * the gateway's REST routes, which bind theirs).
 */
public record OdooServices(String url, JsonRpcChannel channel, OdooClient client, ServerVersions versions,
                           OdooSessions sessions, ApiKeyLogins apiKeyLogins, ApiKeyCallers apiKeys, FieldsCatalog catalog, ReadSettings readSettings,
                           ReadService reads, WriteService writes, UpsertService upserts) {

    /**
     * The services for the Odoo the settings name, closed with the context; the calls are reported to
     * the context's {@link OdooCallListener} when one is bound.
     */
    public static OdooServices create(CamelContext context, OdooSettings settings) {
        OdooCallListener listener = context.getRegistry().findSingleByType(OdooCallListener.class);
        OdooHttp http = new OdooHttp(settings.http(), listener == null ? OdooCallListener.NONE : listener);
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
        return over(http, settings);
    }

    /** The services over this HTTP client, which the caller closes; {@code settings.url()} is where it goes. */
    public static OdooServices over(OdooHttp http, OdooSettings settings) {
        String odooUrl = settings.url();
        OdooCacheSettings caches = settings.caches();
        JsonRpcChannel channel = new JsonRpcChannel(http);
        OdooClient odoo = new TransportRouter(new SessionTransport(channel), new JsonRpcTransport(channel), new Json2Transport(http));
        OdooSessions sessions = new OdooSessions(channel, caches.sessionTtl(), caches.sessionSize());
        ServerVersions versions = new ServerVersions(channel, odooUrl, caches.versionTtl());
        FieldsCatalog catalog = new FieldsCatalog(odoo, odooUrl, caches.schemaTtl(), caches.schemaSize());
        ReadService reads = new ReadService(odoo, catalog, versions, new RecordShaper(settings.dateTimes()), settings.reads());
        ApiKeyLogins logins = new ApiKeyLogins(channel, caches.apiKeyTtl(), caches.apiKeySize());
        WriteService writes = new WriteService(odoo, catalog, reads);
        return new OdooServices(odooUrl, channel, odoo, versions, sessions, logins, new ApiKeyCallers(versions, logins), catalog,
                settings.reads(), reads, writes, new UpsertService(odoo, catalog, writes));
    }
}
