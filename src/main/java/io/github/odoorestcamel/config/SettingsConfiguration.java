package io.github.odoorestcamel.config;

import io.github.odoorestcamel.core.OdooSettings;
import org.apache.camel.BindToRegistry;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;

/**
 * The settings the later configurations' beans are made from, read once at start-up into a record
 * per concern and bound first, so those beans take them by type. The other records (the service
 * account, the state folder, the bundles') are read and bound by {@link BoundSettings} where they
 * are first needed: by the {@code odoo:} component, or by {@code BundlesConfiguration} for the
 * bundles that are on.
 */
public final class SettingsConfiguration implements CamelConfiguration {

    @BindToRegistry("serverSettings")
    public ServerSettings serverSettings(CamelContext context) {
        return ServerSettings.read(SettingsReader.of(context));
    }

    @BindToRegistry("odooConnectionSettings")
    public OdooConnectionSettings odooConnectionSettings(CamelContext context) {
        return OdooConnectionSettings.read(SettingsReader.of(context));
    }

    @BindToRegistry("odooSettings")
    public OdooSettings odooSettings(CamelContext context, OdooConnectionSettings connection) {
        return OdooCoreSettings.read(SettingsReader.of(context), connection);
    }

    @BindToRegistry("restSettings")
    public RestSettings restSettings(CamelContext context) {
        return RestSettings.read(SettingsReader.of(context));
    }
}
