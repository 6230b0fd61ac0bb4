package io.github.odoorestcamel.bundles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BundleSelectionTest {

    @Test
    void restAloneLoadsOnlyTheRestRoutesAndNeedsNoServiceAccount() {
        BundleSelection selection = BundleSelection.parse("rest");
        assertEquals(List.of("classpath:routes/rest/*.yaml"), selection.routePatterns(BrokerKind.ARTEMIS));
        assertFalse(selection.needsServiceAccount());
    }

    @Test
    void everyNamedBundleIsLoadedInAFixedOrderWhateverTheCaseAndSpacing() {
        BundleSelection selection = BundleSelection.parse(" Commands, mirror ,,rest,FEED ");
        assertEquals(Set.of(Bundle.REST, Bundle.MIRROR, Bundle.FEED, Bundle.COMMANDS), selection.bundles());
        assertEquals(List.of("classpath:routes/rest/*.yaml", "classpath:routes/mirror/*.yaml", "classpath:routes/feed/*.yaml",
                "classpath:routes/feed/artemis/*.yaml", "classpath:routes/commands/*.yaml", "classpath:routes/commands/artemis/*.yaml"),
                selection.routePatterns(BrokerKind.ARTEMIS));
        assertTrue(selection.needsServiceAccount());
    }

    @Test
    void aBundleThatIsOffIsNotLoaded() {
        BundleSelection selection = BundleSelection.parse("mirror");
        assertEquals(List.of("classpath:routes/mirror/*.yaml"), selection.routePatterns(BrokerKind.KAFKA));
        assertFalse(selection.has(Bundle.REST));
    }

    @Test
    void onlyTheChosenBrokersRoutesOfFeedAndCommandsAreLoaded() {
        assertEquals(List.of("classpath:routes/feed/*.yaml", "classpath:routes/feed/kafka/*.yaml"),
                BundleSelection.parse("feed").routePatterns(BrokerKind.KAFKA));
        assertFalse(BundleSelection.parse("rest,mirror").usesBroker());
        assertTrue(BundleSelection.parse("rest,commands").usesBroker());
    }

    @Test
    void theBrokerKindIsReadWhateverTheCaseAndAnUnknownOneIsRefusedByName() {
        assertEquals(BrokerKind.KAFKA, BrokerKind.parse(" Kafka "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BrokerKind.parse("rabbit"));
        assertEquals("Unknown broker.kind (BROKER_KIND) 'rabbit': use artemis or kafka", e.getMessage());
    }

    @Test
    void anUnknownBundleIsRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BundleSelection.parse("rest,mirorr"));
        assertTrue(e.getMessage().contains("'mirorr'"), e.getMessage());
        assertTrue(e.getMessage().contains("rest, mirror, feed, commands"), e.getMessage());
    }

    @Test
    void anEmptySettingIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> BundleSelection.parse(" , "));
    }

    @Test
    void aServiceAccountBundleWithoutLoginNamesTheMissingLogin() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ServiceAccountSettings.require(
                BundleSelection.parse("rest,feed"), Optional.of(" "), Optional.of("key"), Optional.empty()));
        assertTrue(e.getMessage().contains("odoo.login (ODOO_LOGIN)"), e.getMessage());
        assertTrue(e.getMessage().contains("feed"), e.getMessage());
        assertFalse(e.getMessage().contains("odoo.api-key"), e.getMessage());
    }

    @Test
    void aServiceAccountBundleWithoutKeyOrPasswordNamesBoth() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ServiceAccountSettings.require(
                BundleSelection.parse("mirror"), Optional.of("sync"), Optional.empty(), Optional.of("")));
        assertTrue(e.getMessage().contains("odoo.api-key (ODOO_API_KEY) or odoo.password (ODOO_PASSWORD)"), e.getMessage());
        assertFalse(e.getMessage().contains("odoo.login"), e.getMessage());
    }

    @Test
    void aLoginWithAKeyOrAPasswordIsEnough() {
        ServiceAccountSettings.require(BundleSelection.parse("mirror"), Optional.of("sync"), Optional.of("key"), Optional.empty());
        ServiceAccountSettings.require(BundleSelection.parse("commands"), Optional.of("sync"), Optional.empty(), Optional.of("secret"));
        ServiceAccountSettings.require(BundleSelection.parse("rest"), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
