package io.github.odoorestcamel.bundles.webhooks;

/** What a receiver's HTTP status means for the event it was sent. */
public enum AnswerKind {
    /** 2xx: the receiver has it; the position moves on. */
    DELIVERED,
    /** 5xx, 408, 429: the receiver may take it later; the event is sent again, nothing after it before. */
    RETRY,
    /** Any other status, redirects included: sending it again would be answered the same; it goes to the dead letters. */
    REJECTED;

    public static AnswerKind of(int status) {
        if (status >= 200 && status < 300) {
            return DELIVERED;
        }
        if (status >= 500 || status == 408 || status == 429) {
            return RETRY;
        }
        return REJECTED;
    }
}
