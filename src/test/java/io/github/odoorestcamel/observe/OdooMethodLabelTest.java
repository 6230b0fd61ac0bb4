package io.github.odoorestcamel.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OdooMethodLabelTest {

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void sessionAndJson2CallsAreNamedByTheirMethod() {
        assertEquals("web_search_read", OdooMethodLabel.of("/web/dataset/call_kw/res.partner/web_search_read", null));
        assertEquals("read", OdooMethodLabel.of("/json/2/res.partner/read", bytes("{}")));
    }

    @Test
    void jsonRpcCallsAreNamedByTheModelMethodInTheirBody() {
        assertEquals("fields_get", OdooMethodLabel.of("/jsonrpc", bytes(
                "{\"params\":{\"service\":\"object\",\"method\":\"execute_kw\",\"args\":[\"odoo\",2,\"secret\",\"res.partner\",\"fields_get\",[],{}]}}")));
        assertEquals("common.authenticate", OdooMethodLabel.of("/jsonrpc", bytes(
                "{\"params\":{\"service\":\"common\",\"method\":\"authenticate\",\"args\":[\"odoo\",\"admin\",\"secret\",{}]}}")));
        assertEquals("/jsonrpc", OdooMethodLabel.of("/jsonrpc", bytes("not json")));
    }

    @Test
    void otherCallsAreNamedByTheirPath() {
        assertEquals("/web/session/get_session_info", OdooMethodLabel.of("/web/session/get_session_info", bytes("{}")));
        assertEquals("unknown", OdooMethodLabel.of(null, null));
    }
}
