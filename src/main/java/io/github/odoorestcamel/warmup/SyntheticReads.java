package io.github.odoorestcamel.warmup;

import io.github.odoorestcamel.auth.AuthorizationReader;
import io.github.odoorestcamel.auth.CallerResolver;
import io.github.odoorestcamel.auth.Databases;
import io.github.odoorestcamel.auth.SessionIdReader;
import io.github.odoorestcamel.core.OdooServices;
import io.github.odoorestcamel.rest.Authentication;
import io.github.odoorestcamel.rest.GetRecord;
import io.github.odoorestcamel.rest.ListRecords;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.function.Consumer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultExchange;

/**
 * A record read, an 80-row list with sub-fields and one of flat fields run through the read API's
 * own steps — credentials, query parser, caller, selection resolver and Odoo's specification, the
 * upstream client, the shaper and the copy of flat records from Odoo's bytes, JSON writing — as
 * the routes run them, on exchanges made here and over Odoo services whose
 * upstream is the {@link CannedOdoo}.
 */
final class SyntheticReads {

    /** The query string of the record read, as a client sends it (percent-encoded). */
    static final String RECORD_QUERY = "query=%7Bid,name,email,country_id%7Bname%7D,category_id%7Bname%7D,child_ids%7Bname%7D%7D";
    /** The query string of the list. */
    static final String LIST_QUERY = "query=%7Bid,name,email,country_id%7Bname,code%7D,category_id%7Bname%7D,parent_id%7Bname%7D%7D"
            + "&page_size=80";
    /** The query string of the list of flat fields, written straight from Odoo's answer. */
    static final String FLAT_LIST_QUERY = "query=%7Bid,name,email,country_id,category_id,parent_id,write_date%7D&page_size=80";

    /** Rows of the recorded lists, and the page size the lists ask for. */
    static final int LIST_ROWS = 80;

    /** A well-formed session id, of no session but the canned Odoo's. */
    static final String SESSION_ID = "warm-up-session-id";

    private final CamelContext context;
    private final List<Consumer<Exchange>> recordSteps;
    private final List<Consumer<Exchange>> listSteps;
    private final List<Consumer<Exchange>> flatListSteps;

    SyntheticReads(CamelContext context, OdooServices odoo, Databases databases, SessionIdReader sessionIds) {
        this.context = context;
        Authentication authentication = new Authentication(
                new CallerResolver(new AuthorizationReader(databases), sessionIds, odoo.sessions(), odoo.apiKeys()));
        GetRecord getRecord = new GetRecord(odoo.reads(), odoo.readSettings());
        // the warm-up's list has sub-fields, so it is read whole as a tree: no size makes it stream
        ListRecords listRecords = new ListRecords(odoo.reads(), odoo.readSettings(), 0);
        this.recordSteps = List.of(authentication::readCredentials, getRecord::parse, authentication::resolveCaller, getRecord::read);
        this.listSteps = List.of(authentication::readCredentials, listRecords::parse, authentication::resolveCaller, listRecords::read,
                listRecords::respond);
        // answered whole, as every list under a megabyte is
        ListRecords flatRecords = new ListRecords(odoo.reads(), odoo.readSettings(), 1 << 20);
        this.flatListSteps = List.of(authentication::readCredentials, flatRecords::parse, authentication::resolveCaller,
                flatRecords::read, flatRecords::respond);
    }

    /** One record read and two lists; fails when one is not answered with a body. */
    void run() {
        send(recordSteps, "10", RECORD_QUERY);
        send(listSteps, null, LIST_QUERY);
        send(flatListSteps, null, FLAT_LIST_QUERY);
    }

    private void send(List<Consumer<Exchange>> steps, String id, String query) {
        Exchange exchange = new DefaultExchange(context);
        exchange.getMessage().setHeader("model", "res.partner");
        if (id != null) {
            exchange.getMessage().setHeader("id", id);
        }
        exchange.getMessage().setHeader(Exchange.HTTP_QUERY, query);
        exchange.getMessage().setHeader("X-Session-Id", SESSION_ID);
        for (Consumer<Exchange> step : steps) {
            step.accept(exchange);
        }
        Object status = exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE);
        if (!Integer.valueOf(200).equals(status) || !(exchange.getMessage().getBody() instanceof ByteBuffer)) {
            throw new IllegalStateException("the synthetic read of res.partner was answered " + status);
        }
    }
}
