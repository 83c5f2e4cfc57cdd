package dev.lakefs.embedded.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** The request body, with read failures marked as the client's ({@link RequestBodyException}). */
final class RequestBodyStream extends FilterInputStream {

    RequestBodyStream(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        try {
            return super.read();
        }
        catch (IOException ex) {
            throw new RequestBodyException(ex);
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        try {
            return super.read(buffer, offset, length);
        }
        catch (IOException ex) {
            throw new RequestBodyException(ex);
        }
    }
}
