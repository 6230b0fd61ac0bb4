package io.github.odoorestcamel.config;

import io.github.odoorestcamel.auth.CallerResolver;
import io.github.odoorestcamel.auth.Databases;
import io.github.odoorestcamel.auth.SessionIdReader;
import io.github.odoorestcamel.core.OdooServices;
import io.github.odoorestcamel.observe.OdooStatus;
import io.github.odoorestcamel.odoo.http.SessionCookie;
import io.github.odoorestcamel.openapi.OpenApiDocument;
import io.github.odoorestcamel.rest.Authentication;
import io.github.odoorestcamel.rest.DocsProcessor;
import io.github.odoorestcamel.rest.ErrorResponder;
import io.github.odoorestcamel.rest.GetField;
import io.github.odoorestcamel.rest.GetRecord;
import io.github.odoorestcamel.rest.HealthProcessor;
import io.github.odoorestcamel.rest.ListRecords;
import io.github.odoorestcamel.rest.LoginProcessor;
import io.github.odoorestcamel.rest.LogoutProcessor;
import io.github.odoorestcamel.rest.MethodCalls;
import io.github.odoorestcamel.rest.OpenApiProcessor;
import io.github.odoorestcamel.rest.RecordWrites;
import io.github.odoorestcamel.rest.RequestGuard;
import org.apache.camel.BindToRegistry;
import org.apache.camel.CamelConfiguration;

/**
 * The beans the REST routes name in their steps ({@code ref: …} in routes/*.yaml), each bound
 * under that name. Their parts come from the registry by type (bound by the configurations before
 * this one), their settings from the settings records.
 */
public final class RestApiConfiguration implements CamelConfiguration {

    @BindToRegistry("errorResponder")
    public ErrorResponder errorResponder() {
        return new ErrorResponder();
    }

    @BindToRegistry("requestGuard")
    public RequestGuard requestGuard(ServerSettings server) {
        return new RequestGuard(server.maxQueryStringBytes());
    }

    @BindToRegistry("health")
    public HealthProcessor health(OdooStatus status) {
        return new HealthProcessor(status);
    }

    @BindToRegistry("login")
    public LoginProcessor login(OdooServices odoo, Databases databases, SessionCookie cookie) {
        return new LoginProcessor(odoo.sessions(), databases, cookie, true);
    }

    @BindToRegistry("sessionAuthenticate")
    public LoginProcessor sessionAuthenticate(OdooServices odoo, Databases databases, SessionCookie cookie) {
        return new LoginProcessor(odoo.sessions(), databases, cookie, false);
    }

    @BindToRegistry("logout")
    public LogoutProcessor logout(OdooServices odoo, SessionIdReader sessionIds, SessionCookie cookie) {
        return new LogoutProcessor(sessionIds, odoo.sessions(), cookie);
    }

    @BindToRegistry("authentication")
    public Authentication authentication(CallerResolver callers) {
        return new Authentication(callers);
    }

    @BindToRegistry("listRecords")
    public ListRecords listRecords(OdooServices odoo, RestSettings rest) {
        return new ListRecords(odoo.reads(), odoo.readSettings(), rest.streamLists() ? rest.streamAboveBytes() : 0);
    }

    @BindToRegistry("getRecord")
    public GetRecord getRecord(OdooServices odoo) {
        return new GetRecord(odoo.reads(), odoo.readSettings());
    }

    @BindToRegistry("getField")
    public GetField getField(OdooServices odoo) {
        return new GetField(odoo.reads());
    }

    @BindToRegistry("recordWrites")
    public RecordWrites recordWrites(OdooServices odoo) {
        return new RecordWrites(odoo.writes(), odoo.readSettings().domainLimits());
    }

    @BindToRegistry("methodCalls")
    public MethodCalls methodCalls(OdooServices odoo) {
        return new MethodCalls(odoo.client());
    }

    @BindToRegistry("openApi")
    public OpenApiProcessor openApi(OdooServices odoo, CallerResolver callers, RestSettings rest) {
        return new OpenApiProcessor(new OpenApiDocument(odoo.client()), callers, rest.openApiMaxModels());
    }

    @BindToRegistry("docs")
    public DocsProcessor docs() {
        return new DocsProcessor();
    }
}
