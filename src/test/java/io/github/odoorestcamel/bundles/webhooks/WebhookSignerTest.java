package io.github.odoorestcamel.bundles.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebhookSignerTest {

    private static final byte[] BODY = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);

    @Test
    void signsTheSpecificationsExampleToItsPublishedSignature() {
        WebhookSigner signer = WebhookSigner.ofSecret("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "webhooks.crm.secret");
        assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", signer.signature("msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, BODY));
    }

    @Test
    void theReadmesExampleRequestIsWhatTheBundleSends() {
        String body = "{\"model\":\"res.partner\",\"id\":14,\"change\":\"updated\",\"write_date\":\"2026-11-27 19:42:44\",\"record\":{\"id\":14,"
                + "\"name\":\"Azure Interior\",\"email\":\"azure.Interior24@example.com\"}}";
        String id = WebhookId.of("res.partner:14:2026-11-27 19:42:44", body);
        assertEquals("msg_be66833f91530ef8226c238c53a66469", id);
        assertEquals("v1,CxRn/nhqn2xym0n3IKAB2WgHO6rYG5mtdhrHHWaoabE=", WebhookSigner.ofSecret("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
                "webhooks.crm.secret").signature(id, 1795808566, body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aSecretWithoutItsPrefixIsTheSameKey() {
        assertEquals(WebhookSigner.ofSecret("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "s").signature("msg_1", 1, BODY),
                WebhookSigner.ofSecret("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "s").signature("msg_1", 1, BODY));
    }

    @Test
    void anotherTimestampIsAnotherSignature() {
        WebhookSigner signer = WebhookSigner.ofSecret("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "s");
        assertFalse(signer.signature("msg_1", 1, BODY).equals(signer.signature("msg_1", 2, BODY)));
    }

    @Test
    void aSecretThatIsNotBase64IsRefusedNamingTheSettingNotTheValue() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> WebhookSigner.ofSecret("whsec_not base64!", "webhooks.crm.secret (WEBHOOKS_CRM_SECRET)"));
        assertTrue(refused.getMessage().contains("webhooks.crm.secret (WEBHOOKS_CRM_SECRET)"), refused.getMessage());
        assertFalse(refused.getMessage().contains("not base64!"), refused.getMessage());
    }

    @Test
    void anEmptySecretIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> WebhookSigner.ofSecret("whsec_", "webhooks.crm.secret"));
    }
}
