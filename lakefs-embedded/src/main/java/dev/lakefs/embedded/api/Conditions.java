package dev.lakefs.embedded.api;

import dev.lakefs.embedded.http.ApiException;
import dev.lakefs.embedded.http.ApiRequest;

/** lakeFS's conditional writes: only {@code If-None-Match: *} is supported; other conditions answer 501. */
final class Conditions {

    private Conditions() {
    }

    /** Whether the write must fail when the path exists; 501 for unsupported conditions. */
    static boolean ifNoneMatchAny(ApiRequest request) {
        if (request.header("If-Match") != null) {
            throw ApiException.notImplemented("If-Match is not supported");
        }
        String ifNoneMatch = request.header("If-None-Match");
        if (ifNoneMatch == null) {
            return false;
        }
        if (!ifNoneMatch.trim().equals("*")) {
            throw ApiException.notImplemented("If-None-Match only supports '*'");
        }
        return true;
    }
}
