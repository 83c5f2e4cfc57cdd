package dev.lakefs.embedded.api;

import dev.lakefs.embedded.http.ApiException;
import org.jspecify.annotations.Nullable;

/** Checks request bodies the way lakeFS's spec validator does, with its message format. */
final class Bodies {

    private Bodies() {
    }

    /** A required body field; 400 when absent. */
    static <T> T require(@Nullable T value, String field) {
        if (value == null) {
            throw ApiException.badRequest("request body has an error: doesn't match schema: Error at \"/" + field
                    + "\": property \"" + field + "\" is missing");
        }
        return value;
    }

    static boolean isTrue(@Nullable Boolean value) {
        return value != null && value;
    }
}
