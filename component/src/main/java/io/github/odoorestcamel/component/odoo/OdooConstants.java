package io.github.odoorestcamel.component.odoo;

import org.apache.camel.spi.Metadata;

/** The headers the {@code odoo:} component reads and sets. */
public final class OdooConstants {

    @Metadata(label = "producer", description = "The operation; overrides the endpoint's option", javaType = "String")
    public static final String OPERATION = "CamelOdooOperation";
    @Metadata(label = "producer", description = "The caller (a Caller) the call acts as instead of the service account",
              javaType = "io.github.odoorestcamel.odoo.Caller")
    public static final String CALLER = "CamelOdooCaller";
    @Metadata(label = "producer", description = "The record ids of read, write and unlink: a number, a list or a comma-separated text",
              javaType = "Object")
    public static final String IDS = "CamelOdooIds";
    @Metadata(label = "producer", description = "The domain (JSON); overrides the option", javaType = "String")
    public static final String DOMAIN = "CamelOdooDomain";
    @Metadata(label = "producer", description = "The fields to read, in the query language; overrides the option",
              javaType = "String")
    public static final String QUERY = "CamelOdooQuery";
    @Metadata(label = "producer", description = "The fields to read, comma-separated; overrides the option", javaType = "String")
    public static final String FIELDS = "CamelOdooFields";
    @Metadata(label = "producer", description = "The order of searchRead; overrides the option", javaType = "String")
    public static final String ORDER = "CamelOdooOrder";
    @Metadata(label = "producer", description = "The most rows of searchRead; overrides the option", javaType = "Integer")
    public static final String LIMIT = "CamelOdooLimit";
    @Metadata(label = "producer", description = "The rows searchRead skips; overrides the option", javaType = "Integer")
    public static final String OFFSET = "CamelOdooOffset";
    @Metadata(label = "producer", description = "Odoo's context (JSON object or Map); overrides the option", javaType = "Object")
    public static final String CONTEXT = "CamelOdooContext";
    @Metadata(label = "producer", description = "The upsert key field names, comma-separated; overrides the option",
              javaType = "String")
    public static final String KEY = "CamelOdooKey";
    @Metadata(label = "producer", description = "The model method of the call operation; overrides the option", javaType = "String")
    public static final String METHOD = "CamelOdooMethod";
    @Metadata(label = "producer", description = "searchRead: how many records match the domain in all", javaType = "long")
    public static final String TOTAL = "CamelOdooTotal";
    @Metadata(label = "producer", description = "upsert: created, updated or unchanged", javaType = "String")
    public static final String UPSERT_ACTION = "CamelOdooUpsertAction";

    @Metadata(label = "consumer", description = "The model of the record", javaType = "String")
    public static final String MODEL = "CamelOdooModel";
    @Metadata(label = "consumer", description = "The id of the record (batch: of the last record)", javaType = "long")
    public static final String ID = "CamelOdooId";
    @Metadata(label = "consumer", description = "What happened to the record: created, updated or deleted (batch: of the last record)",
              javaType = "String")
    public static final String CHANGE = "CamelOdooChange";
    @Metadata(label = "consumer", description = "The record's write_date as Odoo reads it (UTC, to the second); for a deleted "
            + "record, the time its deletion was noticed", javaType = "String")
    public static final String WRITE_DATE = "CamelOdooWriteDate";
    @Metadata(label = "consumer", description = "The key under which the consumer keeps its position in the state repository",
              javaType = "String")
    public static final String STATE_KEY = "CamelOdooStateKey";
    @Metadata(label = "consumer", description = "The exact value the consumer stores under the state key once this exchange "
            + "completes successfully", javaType = "String")
    public static final String STATE = "CamelOdooState";

    private OdooConstants() {
    }
}
