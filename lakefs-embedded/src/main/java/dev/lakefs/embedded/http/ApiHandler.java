package dev.lakefs.embedded.http;

import java.io.IOException;

/** Handles one lakeFS operation. */
@FunctionalInterface
public interface ApiHandler {

    ApiResponse handle(ApiRequest request) throws IOException;
}
