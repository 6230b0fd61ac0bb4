package io.github.odoorestcamel.bundles;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Odoo user the bundles act as. Checked at start-up so a bundle never starts polling or
 * consuming with credentials that cannot work; the message names what is missing, never a value.
 */
public final class ServiceAccountSettings {

    private ServiceAccountSettings() {
    }

    /** Throws naming the missing settings when a chosen bundle needs the account and it is incomplete. */
    public static void require(BundleSelection selection, Optional<String> login, Optional<String> apiKey, Optional<String> password) {
        if (!selection.needsServiceAccount()) {
            return;
        }
        List<String> missing = new ArrayList<>();
        if (blank(login)) {
            missing.add("odoo.login (ODOO_LOGIN)");
        }
        if (blank(apiKey) && blank(password)) {
            missing.add("odoo.api-key (ODOO_API_KEY) or odoo.password (ODOO_PASSWORD)");
        }
        if (!missing.isEmpty()) {
            String bundles = selection.bundles().stream().filter(Bundle::actsAsServiceAccount).sorted()
                    .map(Bundle::settingName).reduce((a, b) -> a + ", " + b).orElse("");
            throw new IllegalStateException("The bundles " + bundles + " act as Odoo's service account, but "
                    + String.join(" and ", missing) + " is not set");
        }
    }

    private static boolean blank(Optional<String> value) {
        return value.map(String::isBlank).orElse(true);
    }
}
