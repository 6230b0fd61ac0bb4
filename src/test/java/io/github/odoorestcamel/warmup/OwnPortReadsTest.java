package io.github.odoorestcamel.warmup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OwnPortReadsTest {

    @Test
    void aWildcardListenAddressIsReachedOnLoopbackAnyOtherAsItIs() {
        assertEquals("127.0.0.1", OwnPortReads.reachable("0.0.0.0"));
        assertEquals("127.0.0.1", OwnPortReads.reachable(""));
        assertEquals("::1", OwnPortReads.reachable("::"));
        assertEquals("::1", OwnPortReads.reachable("[::]"));
        assertEquals("10.1.2.3", OwnPortReads.reachable(" 10.1.2.3 "));
        assertEquals("fe80::1", OwnPortReads.reachable("[fe80::1]"));
        assertEquals("127.0.0.1", OwnPortReads.reachable("127.0.0.1"));
    }
}
