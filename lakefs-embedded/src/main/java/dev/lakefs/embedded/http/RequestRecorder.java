package dev.lakefs.embedded.http;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import dev.lakefs.embedded.RecordedRequest;

/** A ring buffer of the most recent requests. */
public final class RequestRecorder {

    private final int capacity;

    private final Deque<RecordedRequest> requests = new ArrayDeque<>();

    public RequestRecorder(int capacity) {
        this.capacity = capacity;
    }

    synchronized void record(RecordedRequest request) {
        if (this.requests.size() == this.capacity) {
            this.requests.removeFirst();
        }
        this.requests.addLast(request);
    }

    /** The recorded requests, oldest first. */
    public synchronized List<RecordedRequest> snapshot() {
        return List.copyOf(this.requests);
    }

    public synchronized void clear() {
        this.requests.clear();
    }
}
