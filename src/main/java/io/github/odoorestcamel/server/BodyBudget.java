package io.github.odoorestcamel.server;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The request-body bytes all requests together may hold in memory at once. A request claims its
 * body's size before the body is read and gives it back when its answer is sent; a claim that
 * does not fit is refused, so a flood of large bodies is turned away instead of filling the heap.
 */
public final class BodyBudget {

    private final long capacity;
    private final AtomicLong held = new AtomicLong();

    public BodyBudget(long capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("The body budget must be positive, not " + capacity);
        }
        this.capacity = capacity;
    }

    /** Takes {@code bytes} from the budget if they fit; false (and nothing taken) if they do not. */
    public boolean tryClaim(long bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("A claim cannot be negative: " + bytes);
        }
        long current;
        do {
            current = held.get();
            if (current + bytes > capacity) {
                return false;
            }
        } while (!held.compareAndSet(current, current + bytes));
        return true;
    }

    public void release(long bytes) {
        held.addAndGet(-bytes);
    }

    public long held() {
        return held.get();
    }

    public long capacity() {
        return capacity;
    }
}
