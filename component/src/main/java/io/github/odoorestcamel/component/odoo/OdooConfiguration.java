package io.github.odoorestcamel.component.odoo;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/** The options of an {@code odoo:} endpoint; the connection ones may also be set once on the component. */
@UriParams
public class OdooConfiguration implements Cloneable {

    @UriParam(label = "common", description = "Base URL of Odoo (scheme, host, port), e.g. http://localhost:8069")
    private String url;
    @UriParam(label = "common", description = "Odoo database")
    private String database;
    @UriParam(label = "security", description = "Login of the user the endpoint acts as (the service account)")
    private String login;
    @UriParam(label = "security", secret = true,
              description = "API key of the service account")
    private String apiKey;
    @UriParam(label = "security", secret = true,
              description = "Password of the service account, used when no API key is set")
    private String password;

    @UriParam(label = "producer", defaultValue = "searchRead",
              enums = "searchRead,read,count,create,write,unlink,upsert,call,fieldsGet",
              description = "What the producer does; the header CamelOdooOperation overrides it")
    private String operation = "searchRead";
    @UriParam(label = "common", description = "An Odoo domain as JSON: a list of conditions, each a list of field, operator and value")
    private String domain;
    @UriParam(label = "common", description = "The fields to read, in the query language, e.g. {id,name,country_id{name}}")
    private String query;
    @UriParam(label = "common", description = "The fields to read, comma-separated (when no query is given)")
    private String fields;
    @UriParam(label = "producer", description = "searchRead: the order, e.g. name desc, id")
    private String order;
    @UriParam(label = "producer", description = "searchRead: the most rows returned; default: the component's maxRows")
    private Integer limit;
    @UriParam(label = "producer", defaultValue = "0", description = "searchRead: the rows skipped")
    private int offset;
    @UriParam(label = "common", description = "Odoo's context as a JSON object, such as lang set to fr_FR")
    private String context;
    @UriParam(label = "producer", description = "upsert: the key field names, comma-separated (ref, or x_external_id,company_id)")
    private String key;
    @UriParam(label = "producer", description = "call: the model method")
    private String method;

    @UriParam(label = "consumer", defaultValue = "now",
              description = "Where a consumer without stored state starts: now (its first poll), beginning (every record), or a UTC time, "
                    + "2026-11-27 19:40:38 or 2026-11-27T19:40:38Z")
    private String since = "now";
    @UriParam(label = "consumer", defaultValue = "200", description = "Rows the consumer reads per Odoo call")
    private int batchSize = 200;
    @UriParam(label = "consumer", defaultValue = "60",
              description = "Seconds re-read behind the watermark, to catch transactions that commit late")
    private int lookback = 60;
    @UriParam(label = "consumer", defaultValue = "false",
              description = "Whether archived records (active = false) reach the route")
    private boolean includeArchived;
    @UriParam(label = "consumer", defaultValue = "false",
              description = "One exchange per poll batch, with the list of records, instead of one exchange per record")
    private boolean batch;
    @UriParam(label = "consumer", defaultValue = "0",
              description = "The most records one poll sends (0: no limit); the next poll goes on from the last one sent")
    private int maxMessagesPerPoll;
    @UriParam(label = "consumer", defaultValue = "0",
              description = "Seconds between two looks for deleted records, each announced once as a deleted change; 0: none")
    private int deletes;
    @UriParam(label = "consumer", description = "Where the consumer keeps its position (a StateRepository bean); "
            + "default: the file odoo-consumer.state in the component's stateDirectory")
    @Metadata(autowired = false)
    private StateRepository<String, String> stateRepository;
    @UriParam(label = "consumer", description = "The key of the position in the state repository; default: odoo:{model}. "
            + "Set it when two consumers watch the same model")
    private String stateKey;
    @UriParam(label = "consumer", description = "What the consumer remembers of the records it emitted within the lookback "
            + "window; default: a CaffeineIdempotentRepository")
    @Metadata(autowired = false)
    private IdempotentRepository idempotentRepository;

    public OdooConfiguration copy() {
        try {
            return (OdooConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getDatabase() {
        return database;
    }

    public void setDatabase(String database) {
        this.database = database;
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getApiKey() {
        return apiKey;
    }

    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getOperation() {
        return operation;
    }

    public void setOperation(String operation) {
        this.operation = operation;
    }

    public String getDomain() {
        return domain;
    }

    public void setDomain(String domain) {
        this.domain = domain;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public String getFields() {
        return fields;
    }

    public void setFields(String fields) {
        this.fields = fields;
    }

    public String getOrder() {
        return order;
    }

    public void setOrder(String order) {
        this.order = order;
    }

    public Integer getLimit() {
        return limit;
    }

    public void setLimit(Integer limit) {
        this.limit = limit;
    }

    public int getOffset() {
        return offset;
    }

    public void setOffset(int offset) {
        this.offset = offset;
    }

    public String getContext() {
        return context;
    }

    public void setContext(String context) {
        this.context = context;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getMethod() {
        return method;
    }

    public void setMethod(String method) {
        this.method = method;
    }

    public String getSince() {
        return since;
    }

    public void setSince(String since) {
        this.since = since;
    }

    public int getBatchSize() {
        return batchSize;
    }

    public void setBatchSize(int batchSize) {
        this.batchSize = batchSize;
    }

    public int getDeletes() {
        return deletes;
    }

    public void setDeletes(int deletes) {
        this.deletes = deletes;
    }

    public int getLookback() {
        return lookback;
    }

    public void setLookback(int lookback) {
        this.lookback = lookback;
    }

    public boolean isIncludeArchived() {
        return includeArchived;
    }

    public void setIncludeArchived(boolean includeArchived) {
        this.includeArchived = includeArchived;
    }

    public int getMaxMessagesPerPoll() {
        return maxMessagesPerPoll;
    }

    public void setMaxMessagesPerPoll(int maxMessagesPerPoll) {
        this.maxMessagesPerPoll = maxMessagesPerPoll;
    }

    public boolean isBatch() {
        return batch;
    }

    public void setBatch(boolean batch) {
        this.batch = batch;
    }

    public StateRepository<String, String> getStateRepository() {
        return stateRepository;
    }

    public void setStateRepository(StateRepository<String, String> stateRepository) {
        this.stateRepository = stateRepository;
    }

    public String getStateKey() {
        return stateKey;
    }

    public void setStateKey(String stateKey) {
        this.stateKey = stateKey;
    }

    public IdempotentRepository getIdempotentRepository() {
        return idempotentRepository;
    }

    public void setIdempotentRepository(IdempotentRepository idempotentRepository) {
        this.idempotentRepository = idempotentRepository;
    }

    /** Never shows the API key or the password. */
    @Override
    public String toString() {
        return "OdooConfiguration[url=" + url + ", database=" + database + ", login=" + login + ", operation=" + operation + "]";
    }
}
