package dev.lakefs.embedded.http;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.util.UUID;

import com.sun.net.httpserver.HttpExchange;

/**
 * Writes an {@link ApiResponse} on the JDK server's exchange: status rules for bodiless statuses and HEAD, lengths
 * declared up front, and the injected mid-response drop.
 */
final class ResponseWriter {

    private static final System.Logger logger = System.getLogger(ResponseWriter.class.getName());

    private ResponseWriter() {
    }

    /** Writes the response, or drops the connection mid-way. */
    static void write(HttpExchange exchange, ApiResponse response, boolean drop) {
        try {
            response.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
            exchange.getResponseHeaders().set("X-Request-Id", UUID.randomUUID().toString());
            boolean head = exchange.getRequestMethod().equals("HEAD");
            int status = response.status();
            long length = response.contentLength();
            boolean bodyAllowed = status != 204 && status != 304 && !head;
            if (drop) {
                dropMidResponse(exchange, response, bodyAllowed);
                return;
            }
            if (head && response.hasBody()) {
                exchange.getResponseHeaders().set("Content-Length", Long.toString(length));
            }
            if (!bodyAllowed || !response.hasBody() || length == 0) {
                exchange.sendResponseHeaders(status, -1);
                return;
            }
            exchange.sendResponseHeaders(status, length);
            OutputStream out = exchange.getResponseBody();
            response.writeBody(out, length);
        }
        catch (IOException ex) {
            // The client went away; nothing left to tell it.
            logger.log(Level.DEBUG, "Could not write the response", ex);
        }
        finally {
            exchange.close();
        }
    }

    /**
     * Declares the full length, writes half of the body and closes: the client sees a connection broken
     * mid-response. Without a body to cut, the connection is closed before any status line.
     */
    private static void dropMidResponse(HttpExchange exchange, ApiResponse response, boolean bodyAllowed)
            throws IOException {
        long length = response.contentLength();
        if (bodyAllowed && response.hasBody() && length > 1) {
            exchange.sendResponseHeaders(response.status(), length);
            OutputStream out = exchange.getResponseBody();
            response.writeBody(out, length / 2);
            out.flush();
        }
    }

}
