package io.github.odoorestcamel.bundles.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AnswerKindTest {

    @ParameterizedTest
    @ValueSource(ints = {200, 201, 202, 204, 299})
    void twoHundredsAreDelivered(int status) {
        assertEquals(AnswerKind.DELIVERED, AnswerKind.of(status));
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 503, 504, 408, 429})
    void serverErrorsTimeoutsAndTooManyRequestsMayPass(int status) {
        assertEquals(AnswerKind.RETRY, AnswerKind.of(status));
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 404, 410, 413, 422, 301, 302, 307, 308})
    void otherClientErrorsAndRedirectsAreFinal(int status) {
        assertEquals(AnswerKind.REJECTED, AnswerKind.of(status));
    }
}
