package io.github.odoorestcamel.bundles;

import java.util.LinkedHashMap;
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

    private static final String CLASSPATH = "classpath:";

    private final List<String> patterns;
    private final List<ModelRoute> modelRoutes;

    /** The route files of {@code patterns} (Camel resource patterns), and the routes made from templates. */
    public BundleRoutes(List<String> patterns, List<ModelRoute> modelRoutes) {
        this.patterns = List.copyOf(patterns);
        this.modelRoutes = List.copyOf(modelRoutes);
    }

    @Override
    public void addRoutesToCamelContext(CamelContext context) throws Exception {
        Map<String, Resource> files = new LinkedHashMap<>();
        for (String pattern : patterns) {
            for (Resource file : PluginHelper.getPackageScanResourceResolver(context).findResources(pattern)) {
                String identity = identity(pattern, file);
                if (!inSubfolder(pattern, identity)) {
                    files.putIfAbsent(identity, file);
                }
            }
        }
        PluginHelper.getRoutesLoader(context).loadRoutes(files.values());
        super.addRoutesToCamelContext(context);
    }

    /**
     * What makes a route file one: its path below the classpath root for a classpath pattern, so
     * that a class path naming the project folder beside target/classes does not load each
     * built-in file twice; its location otherwise.
     */
    static String identity(String pattern, Resource file) {
        String location = file.getLocation();
        if (!pattern.startsWith(CLASSPATH)) {
            return location;
        }
        String folder = pattern.substring(CLASSPATH.length(), pattern.lastIndexOf('/') + 1);
        int at = location.lastIndexOf(folder);
        return at < 0 ? location : CLASSPATH + location.substring(at);
    }

    /**
     * Whether a file a built-in pattern found lies in a subfolder of the pattern's folder: Camel's
     * class-path scan lets {@code *} match there too, but a bundle's subfolders hold the files of
     * each kind of broker, of which only the chosen kind's are wanted.
     */
    static boolean inSubfolder(String pattern, String identity) {
        if (!pattern.startsWith(CLASSPATH) || !identity.startsWith(CLASSPATH)) {
            return false;
        }
        return identity.lastIndexOf('/') != pattern.lastIndexOf('/');
    }

    @Override
    public void configure() {
        for (ModelRoute route : modelRoutes) {
            templatedRoute(route.templateId()).routeId(route.routeId()).parameters(route.parameters());
        }
    }
}
