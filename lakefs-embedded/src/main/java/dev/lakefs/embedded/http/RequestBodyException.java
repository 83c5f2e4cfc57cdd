package dev.lakefs.embedded.http;

import java.io.IOException;

/**
 * Reading the request body failed: the client aborted its upload or sent a broken stream. A client problem, not
 * the server's: answered with 400 and not logged as a server failure.
 */
final class RequestBodyException extends IOException {

    RequestBodyException(IOException cause) {
        super("failed reading the request body: " + cause.getMessage(), cause);
    }
}
