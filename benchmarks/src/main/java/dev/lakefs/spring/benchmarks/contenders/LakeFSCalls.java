package dev.lakefs.spring.benchmarks.contenders;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The lakeFS calls the benchmarks time, made the way a user of one client would make them. Each call finishes only
 * when its answer has been read whole (and parsed, where the client parses), and returns something derived from it so
 * that JMH cannot discard the work.
 */
public interface LakeFSCalls extends AutoCloseable {

    /**
     * {@code statObject} on the target branch.
     * @param path the object's path
     * @return what the client answered
     * @throws IOException if the call fails
     */
    Object statObject(String path) throws IOException;

    /**
     * {@code getBranch} of the target branch.
     * @return what the client answered
     * @throws IOException if the call fails
     */
    Object getBranch() throws IOException;

    /**
     * {@code listObjects} of one page on the target branch.
     * @param prefix the prefix to list
     * @param amount the page size
     * @return the number of objects (for the raw client, which does not parse, the number of bytes)
     * @throws IOException if the call fails
     */
    int listObjects(String prefix, int amount) throws IOException;

    /**
     * {@code uploadObject} of bytes held in memory.
     * @param path the object's path
     * @param content the bytes
     * @return what the client answered
     * @throws IOException if the call fails
     */
    Object upload(String path, byte[] content) throws IOException;

    /**
     * {@code uploadObject} of a file, streamed.
     * @param path the object's path
     * @param file the file
     * @return what the client answered
     * @throws IOException if the call fails
     */
    Object upload(String path, Path file) throws IOException;

    /**
     * {@code getObject}, streamed and discarded as it arrives.
     * @param path the object's path
     * @return the number of bytes read
     * @throws IOException if the call fails
     */
    long download(String path) throws IOException;

}
