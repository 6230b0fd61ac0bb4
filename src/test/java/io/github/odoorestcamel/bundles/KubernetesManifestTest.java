package io.github.odoorestcamel.bundles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.odoorestcamel.config.SettingsFixture;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The manifest of deploy/kubernetes/ grants what the Lease election needs and matches the settings' defaults. */
class KubernetesManifestTest {

    private static final List<JsonNode> OBJECTS = new ArrayList<>();

    @BeforeAll
    static void read() throws Exception {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        yaml.readValues(yaml.createParser(new File("deploy/kubernetes/odoo-rest-camel.yaml")), JsonNode.class).forEachRemaining(OBJECTS::add);
    }

    @Test
    void theRoleLetsThePodsTakeAndRenewLeasesAndListTheirPeers() {
        JsonNode rules = object("Role").path("rules");
        assertEquals(Set.of("get", "list", "watch", "create", "update", "patch"), verbs(rules, "coordination.k8s.io", "leases"));
        assertTrue(verbs(rules, "", "pods").containsAll(Set.of("get", "list")), "Camel lists the pods that may lead");
        JsonNode binding = object("RoleBinding");
        assertEquals(object("Role").path("metadata").path("name").asText(), binding.path("roleRef").path("name").asText());
        assertEquals(object("ServiceAccount").path("metadata").path("name").asText(), binding.path("subjects").get(0).path("name").asText());
    }

    @Test
    void thePodsRunAsThatAccountWithTheLabelsThatMakeThemCandidates() {
        JsonNode pod = object("Deployment").path("spec").path("template");
        assertEquals(object("ServiceAccount").path("metadata").path("name").asText(), pod.path("spec").path("serviceAccountName").asText());
        Map<String, String> labels = KubernetesLeaseSettings.read(SettingsFixture.overDefaults(Map.of())).podLabels();
        labels.forEach((name, value) -> assertEquals(value, pod.path("metadata").path("labels").path(name).asText(), name));
        JsonNode env = pod.path("spec").path("containers").get(0).path("env");
        assertEquals("kubernetes", value(env, "CLUSTER_KIND").path("value").asText());
        assertEquals("metadata.name", value(env, "CLUSTER_KUBERNETES_POD_NAME").path("valueFrom").path("fieldRef").path("fieldPath").asText());
    }

    @Test
    void probesAskTheManagementPort() {
        JsonNode container = object("Deployment").path("spec").path("template").path("spec").path("containers").get(0);
        assertEquals("/observe/health/live", container.path("livenessProbe").path("httpGet").path("path").asText());
        assertEquals("/observe/health/ready", container.path("readinessProbe").path("httpGet").path("path").asText());
        JsonNode management = null;
        for (JsonNode port : container.path("ports")) {
            if (port.path("name").asText().equals(container.path("readinessProbe").path("httpGet").path("port").asText())) {
                management = port;
            }
        }
        assertEquals(9876, management == null ? -1 : management.path("containerPort").asInt());
    }

    private static JsonNode object(String kind) {
        return OBJECTS.stream().filter(o -> kind.equals(o.path("kind").asText())).findFirst().orElseThrow(() -> new AssertionError("no " + kind));
    }

    private static Set<String> verbs(JsonNode rules, String apiGroup, String resource) {
        Set<String> verbs = new TreeSet<>();
        for (JsonNode rule : rules) {
            if (contains(rule.path("apiGroups"), apiGroup) && contains(rule.path("resources"), resource)) {
                rule.path("verbs").forEach(verb -> verbs.add(verb.asText()));
            }
        }
        return verbs;
    }

    private static boolean contains(JsonNode list, String value) {
        for (JsonNode item : list) {
            if (item.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode value(JsonNode env, String name) {
        for (JsonNode variable : env) {
            if (name.equals(variable.path("name").asText())) {
                return variable;
            }
        }
        throw new AssertionError("no " + name);
    }
}
