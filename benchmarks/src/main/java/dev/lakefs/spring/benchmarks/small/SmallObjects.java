package dev.lakefs.spring.benchmarks.small;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import dev.lakefs.spring.benchmarks.contenders.LakeFSCalls;

/**
 * The objects the small-operation benchmarks read: one to stat, and a prefix holding exactly one page of objects.
 */
public final class SmallObjects {

    /** The object that is stat-ed. */
    public static final String STAT_PATH = "small/stat-me.txt";

    /** The prefix holding {@link #LIST_SIZE} objects. */
    public static final String LIST_PREFIX = "listing/";

    /** How many objects are listed, in one page. */
    public static final int LIST_SIZE = 100;

    /** What each small upload sends: 1 KiB. */
    public static final int UPLOAD_BYTES = 1024;

    private SmallObjects() {
    }

    /**
     * Uploads the objects to stat and to list.
     * @param fixtures a client aimed at the branch to prepare
     * @throws IOException if the server refuses
     */
    public static void prepare(LakeFSCalls fixtures) throws IOException {
        fixtures.upload(STAT_PATH, "stat me".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < LIST_SIZE; i++) {
            fixtures.upload(LIST_PREFIX + "part-%05d.csv".formatted(i), ("row " + i).getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * The 1 KiB payload of a small upload.
     * @return fresh bytes
     */
    public static byte[] uploadPayload() {
        byte[] payload = new byte[UPLOAD_BYTES];
        for (int i = 0; i < payload.length; i++) {
            payload[i] = (byte) ('a' + i % 26);
        }
        return payload;
    }

}
