package io.github.odoorestcamel.read;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.odoorestcamel.error.GatewayException;
import io.github.odoorestcamel.json.Json;
import io.github.odoorestcamel.odoo.Caller;
import io.github.odoorestcamel.odoo.OdooClient;
import io.github.odoorestcamel.odoo.ServerVersions;
import io.github.odoorestcamel.odoo.http.OdooHttp;
import io.github.odoorestcamel.odoo.http.ResultStream;
import io.github.odoorestcamel.query.DomainFilter;
import io.github.odoorestcamel.query.OrderClause;
import io.github.odoorestcamel.query.QueryBlock;
import io.github.odoorestcamel.schema.FieldInfo;
import io.github.odoorestcamel.schema.FieldsCatalog;
import io.github.odoorestcamel.schema.FieldsSource;
import io.github.odoorestcamel.schema.ModelFields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The read API: validates every parameter against the caller's view of the model (no Odoo call is
 * made for a bad request beyond cached metadata), reads with the strategy the server version
 * allows, and shapes the answer as the reference addon does.
 */
public final class ReadService {

    private final OdooClient odoo;
    private final FieldsCatalog catalog;
    private final ServerVersions versions;
    private final RecordShaper shaper;
    private final ReadSettings settings;
    private final ReadStrategy specificationReader;
    private final ReadStrategy batchedReader;

    public ReadService(OdooClient odoo, FieldsCatalog catalog, ServerVersions versions, RecordShaper shaper,
                       ReadSettings settings) {
        this.odoo = odoo;
        this.catalog = catalog;
        this.versions = versions;
        this.shaper = shaper;
        this.settings = settings;
        this.specificationReader = new SpecificationReader(odoo);
        this.batchedReader = new BatchedReader(odoo);
    }

    /**
     * A list of flat fields from Odoo ≥ 17, written as Odoo's answer arrives instead of through a
     * tree: its head is read first (up to {@code readAheadBytes} of the answer to write, or all
     * of it, which is then answered whole), so Odoo's errors, a bad answer's start, the total and the page past the end are
     * all known before the client is answered, exactly as {@link #list} knows them. Empty when the
     * list is shaped from a tree: sub-fields, Odoo 16, or a transport that only reads whole answers.
     * A connection lost before that point is read once more, as {@link #list} does.
     */
    public Optional<StreamedList> stream(Caller user, ListRequest request, int readAheadBytes) {
        if (!versions.current().readsWithSpecification()) {
            return Optional.empty();
        }
        PageRequest page = request.page();
        Plan plan = plan(user, request.model(), request.query(), request.domain(), request.order());
        if (!FlatRecordWriter.renders(plan.selection())) {
            return Optional.empty();
        }
        ListCall call = new ListCall(plan.selection(), request.domain(), plan.order(), page.offset(), page.rowsToRead(settings.maxRows()),
                context(request.context()), true);
        try {
            return streamOnce(user, call, page, readAheadBytes);
        } catch (GatewayException e) {
            if (OdooHttp.connectionLost(e)) {
                return streamOnce(user, call, page, readAheadBytes);
            }
            throw e;
        }
    }

    private Optional<StreamedList> streamOnce(Caller user, ListCall call, PageRequest page, int readAheadBytes) {
        String model = call.selection().model();
        Optional<ResultStream> opened = odoo.stream(user, model, "web_search_read", Json.NODES.arrayNode(),
                SpecificationReader.kwargs(call));
        if (opened.isEmpty()) {
            return Optional.empty();
        }
        ResultStream result = opened.get();
        try {
            if (result.parser().currentToken() != JsonToken.START_OBJECT) {
                // read whole first, as the tree reads it: an answer over the size limit is told as such
                Json.MAPPER.readTree(result.parser());
                result.finish();
                throw OdooAnswers.unexpected("web_search_read");
            }
            StreamedPage streamed = new StreamedPage(result.parser(), result::rawAfterToken, shaper.flatWriter(call.selection(), "web_search_read"));
            boolean more = true;
            // an answer that brings its records before its length is read whole: the head needs the total
            while (more && (!streamed.knowsLength() || streamed.buffered() < readAheadBytes)) {
                more = streamed.step();
            }
            if (!more) {
                result.finish();
                long total = streamed.count() == 0 && call.offset() > 0
                        ? SearchCount.of(odoo, user, model, call.domain(), call.context()) : streamed.length();
                page.checkComplete(total, settings.maxRows());
                byte[] whole = PageEnvelope.bytes(PageEnvelope.head(page, total, streamed.count()), streamed.pending(), true);
                return Optional.of(new StreamedList(total, page, whole, null));
            }
            long total = streamed.length();
            page.checkComplete(total, settings.maxRows());
            // Odoo's length counts the rows after the offset: the page holds them up to its limit
            long announced = Math.min(call.limit(), total - call.offset());
            if (announced < streamed.count()) {
                throw OdooAnswers.unexpected("web_search_read");
            }
            byte[] head = PageEnvelope.bytes(PageEnvelope.head(page, total, (int) announced), streamed.pending(), false);
            return Optional.of(new StreamedList(total, page, null, new PageBody(head, streamed, result, (int) announced)));
        } catch (IOException e) {
            throw result.failure(e);
        } catch (RuntimeException e) {
            result.close();
            throw e;
        }
    }

    public ListResult list(Caller user, ListRequest request) {
        PageRequest page = request.page();
        RecordPage records = search(user, request.model(), request.query(), request.domain(), request.order(), page.offset(),
                page.rowsToRead(settings.maxRows()), request.context());
        page.checkComplete(records.total(), settings.maxRows());
        return new ListResult(PageEnvelope.of(page, records.total(), records.records()), records.total(), page);
    }

    /** The rows of a search shaped as the list's {@code result}, and how many match in all. */
    public RecordPage search(Caller user, String model, QueryBlock query, ArrayNode domain, String order, int offset, int limit,
                             ObjectNode context) {
        Read read = read(user, model, query, domain, order, offset, limit, context);
        return new RecordPage(shaper.shapeAll(read.page().records(), read.selection()), read.page().total());
    }

    /**
     * The records of these ids that exist and the caller may see, archived ones included, shaped for
     * the query and keyed by id in ascending order: one call on all the ids, where a missing id is
     * simply absent. A query of the id alone is answered by {@code search}, which needs no field
     * metadata, so checking that linked records exist costs no {@code fields_get} of their model.
     */
    public SortedMap<Long, ObjectNode> existing(Caller user, String model, Collection<? extends Number> ids, QueryBlock query,
                                                ObjectNode context) {
        SortedSet<Long> wanted = new TreeSet<>();
        ids.forEach(id -> wanted.add(id.longValue()));
        ArrayNode domain = Json.NODES.arrayNode();
        ArrayNode idList = domain.addArray().add("id").add("in").addArray();
        wanted.forEach(idList::add);
        ObjectNode archivedToo = context(context).deepCopy().put("active_test", false);
        SortedMap<Long, ObjectNode> found = new TreeMap<>();
        if (QueryBlock.ID_ONLY.equals(query)) {
            ObjectNode kwargs = Json.NODES.objectNode();
            kwargs.set("context", archivedToo);
            JsonNode answer = odoo.execute(user, model, "search", Json.NODES.arrayNode().add(domain), kwargs);
            // anything but a list must not read as "none of them exists": deletions are announced from this
            if (!answer.isArray()) {
                throw new IllegalStateException("Odoo's search of " + model + " answered " + answer + " instead of a list of ids");
            }
            answer.forEach(id -> found.put(id.asLong(), Json.NODES.objectNode().set("id", id)));
            return found;
        }
        // one more than asked for: a full page would cost a search_count on Odoo 16
        Read read = read(user, model, query, domain, "id", 0, wanted.size() + 1, archivedToo);
        read.page().records().forEach(record -> found.put(record.path("id").asLong(), shaper.shape(record, read.selection())));
        return found;
    }

    /**
     * The first {@code limit} records of the domain in id order, each with its create_date and
     * write_date as Odoo reads them beside its body shaped for the query: one
     * {@code web_search_read} on Odoo ≥ 17 (and no count of the rows beyond the page), on Odoo 16
     * one {@code search_read} and one {@code read} per nested relation. A walk through a whole table
     * by {@code id > last} reads each page by the primary key, whatever the table's size.
     */
    public List<DatedRecord> byId(Caller user, String model, QueryBlock query, ArrayNode domain, int limit, ObjectNode context) {
        FieldsSource fields = catalog.forUser(user);
        FieldSelection selection = resolver(fields).resolve(model, query);
        ModelFields modelFields = fields.fieldsOf(model);
        DomainFilter.checkFields(domain, modelFields);
        FieldSelection dated = selection.with(List.of(modelFields.require("create_date"), modelFields.require("write_date")));
        RecordPage page = strategy().list(user, new ListCall(dated, domain, "id", 0, limit, context(context), false));
        List<DatedRecord> records = new ArrayList<>(page.records().size());
        for (JsonNode record : page.records()) {
            records.add(new DatedRecord(record.path("id").asLong(), record.path("create_date").asText(null),
                    record.path("write_date").asText(), shaper.shape(record, selection)));
        }
        return records;
    }

    /** Records as Odoo answers them, before shaping, and the selection they were read for. */
    private record Read(FieldSelection selection, RecordPage page) {
    }

    private Read read(Caller user, String model, QueryBlock query, ArrayNode domain, String order, int offset, int limit,
                      ObjectNode context) {
        Plan plan = plan(user, model, query, domain, order);
        return new Read(plan.selection(), strategy().list(user, new ListCall(plan.selection(), domain, plan.order(), offset, limit,
                context(context), true)));
    }

    /** What a list selects and its order clause, once both and the domain are checked against the caller's fields. */
    private record Plan(FieldSelection selection, String order) {
    }

    private Plan plan(Caller user, String model, QueryBlock query, ArrayNode domain, String order) {
        FieldsSource fields = catalog.forUser(user);
        FieldSelection selection = resolver(fields).resolve(model, query);
        ModelFields modelFields = fields.fieldsOf(model);
        DomainFilter.checkFields(domain, modelFields);
        return new Plan(selection, order == null ? null : OrderClause.parse(order, modelFields));
    }

    /** Checks a query and a domain against the caller's view of the model (cached fields_get) before anything is read. */
    public void check(Caller user, String model, QueryBlock query, ArrayNode domain) {
        FieldsSource fields = catalog.forUser(user);
        resolver(fields).resolve(model, query);
        DomainFilter.checkFields(domain, fields.fieldsOf(model));
    }

    /** How many records match the domain. */
    public long count(Caller user, String model, ArrayNode domain, ObjectNode context) {
        DomainFilter.checkFields(domain, catalog.fieldsOf(user, model));
        return SearchCount.of(odoo, user, model, domain, context(context));
    }

    public ObjectNode one(Caller user, String model, int id, QueryBlock query, ObjectNode context) {
        FieldSelection selection = resolver(catalog.forUser(user)).resolve(model, query);
        JsonNode record = strategy().one(user, selection, id, context(context)).orElseThrow(() -> missing(model, id, user));
        return shaper.shape(record, selection);
    }

    /** The base64 text of a binary field, or a 404 when the record or the value is missing. */
    public String binary(Caller user, String model, int id, String field) {
        FieldInfo info = catalog.fieldsOf(user, model).require(field);
        if (!"binary".equals(info.type())) {
            throw GatewayException.badRequest("Field '" + field + "' of model '" + model + "' is a " + info.type()
                    + " field, not a binary field");
        }
        ArrayNode args = Json.NODES.arrayNode();
        args.addArray().add(id);
        ObjectNode kwargs = Json.NODES.objectNode();
        kwargs.putArray("fields").add(field);
        kwargs.putObject("context");
        JsonNode answer = odoo.execute(user, model, "read", args, kwargs);
        if (!answer.isArray() || answer.isEmpty()) {
            throw missing(model, id, user);
        }
        JsonNode value = answer.get(0).path(field);
        if (!value.isTextual()) {
            throw GatewayException.notFound("Field '" + field + "' of " + model + "(" + id + ") is empty");
        }
        return value.asText();
    }

    private SelectionResolver resolver(FieldsSource fields) {
        return new SelectionResolver(fields, settings.maxPageSize());
    }

    private ReadStrategy strategy() {
        return versions.current().readsWithSpecification() ? specificationReader : batchedReader;
    }

    private static ObjectNode context(ObjectNode context) {
        return context == null ? Json.NODES.objectNode() : context;
    }

    private static GatewayException missing(String model, int id, Caller user) {
        return GatewayException.notFound("Record does not exist or has been deleted.\n(Record: " + model + "(" + id
                + ",), User: " + user.userLabel() + ")");
    }
}
