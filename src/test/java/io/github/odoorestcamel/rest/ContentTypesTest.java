package io.github.odoorestcamel.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentTypesTest {

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    @Test
    void knownSignaturesAreRecognised() {
        assertEquals("image/png", ContentTypes.sniff(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A)));
        assertEquals("image/jpeg", ContentTypes.sniff(bytes(0xFF, 0xD8, 0xFF, 0xE0)));
        assertEquals("image/gif", ContentTypes.sniff("GIF89a".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("application/pdf", ContentTypes.sniff("%PDF-1.7".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("image/webp", ContentTypes.sniff("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("application/zip", ContentTypes.sniff(bytes('P', 'K', 3, 4, 0)));
        assertEquals("image/svg+xml", ContentTypes.sniff("  <svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8)));
        assertEquals("image/svg+xml", ContentTypes.sniff("<?xml version=\"1.0\"?><svg/>".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anythingElseIsOpaque() {
        assertEquals("application/octet-stream", ContentTypes.sniff(new byte[0]));
        assertEquals("application/octet-stream", ContentTypes.sniff(bytes(0x89, 'P')));
        assertEquals("application/octet-stream", ContentTypes.sniff("RIFF\0\0\0\0WAVE".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("application/octet-stream", ContentTypes.sniff("<html><script>".getBytes(StandardCharsets.UTF_8)));
    }
}
