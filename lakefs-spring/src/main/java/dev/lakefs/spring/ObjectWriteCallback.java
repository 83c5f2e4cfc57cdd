package dev.lakefs.spring;

import java.io.IOException;

import dev.lakefs.spring.io.ObjectWriter;

/**
 * Produces an object's content for {@link WritableObject#write(ObjectWriteCallback)}: when it throws, nothing is
 * uploaded.
 */
@FunctionalInterface
public interface ObjectWriteCallback {

    /**
     * Writes the content.
     * @param out the object's stream (also usable as text through {@link ObjectWriter#asWriter()}); closing it only ends the writing
     * @throws IOException to abort the write
     */
    void writeTo(ObjectWriter out) throws IOException;
}
