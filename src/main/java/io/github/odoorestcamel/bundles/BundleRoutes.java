package io.github.odoorestcamel.bundles;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.Resource;
import org.apache.camel.support.PluginHelper;

/**
 * Loads the route files of the bundles that are switched on (routes/&lt;bundle&gt;/*.yaml) and the
 * user's own ({@code routes.extra}), then adds, from the route templates they define, one route per
 * model of the mirror and of the feed. The route files of a bundle that is off are never read, so
 * it opens no connection.
 */
public final class BundleRoutes extends RouteBuilder {

    /** One route to add from a template: its id and the template's parameters. */
    public record ModelRoute(String templateId, String routeId, Map<String, String> parameters) {
    }

    private final List<String> patterns;
    private final List<ModelRoute> modelRoutes;

    /** The route files of {@code patterns} (Camel resource patterns), and the routes made from templates. */
    public BundleRoutes(List<String> patterns, List<ModelRoute> modelRoutes) {
        this.patterns = List.copyOf(patterns);
        this.modelRoutes = List.copyOf(modelRoutes);
    }

    @Override
    public void addRoutesToCamelContext(CamelContext context) throws Exception {
        Collection<Resource> files = new ArrayList<>();
        for (String pattern : patterns) {
            files.addAll(PluginHelper.getPackageScanResourceResolver(context).findResources(pattern));
        }
        PluginHelper.getRoutesLoader(context).loadRoutes(files);
        super.addRoutesToCamelContext(context);
    }

    @Override
    public void configure() {
        for (ModelRoute route : modelRoutes) {
            templatedRoute(route.templateId()).routeId(route.routeId()).parameters(route.parameters());
        }
    }
}
