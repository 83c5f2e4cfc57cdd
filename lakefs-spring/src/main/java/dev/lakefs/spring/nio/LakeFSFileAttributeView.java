package dev.lakefs.spring.nio;

import java.io.IOException;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The {@code lakefs} attribute view: the basic attributes plus checksum, content type, user metadata and physical
 * address ({@link LakeFSFileAttributes}), read fresh from lakeFS on every call.
 * <pre>{@code
 * LakeFSFileAttributeView view = Files.getFileAttributeView(path, LakeFSFileAttributeView.class);
 * view.setUserMetadata(Map.of("owner", "data-team"));
 * }</pre>
 * lakeFS sets an object's times itself when it is written: {@link #setTimes} is accepted and changes nothing, so
 * that {@code Files.copy(…, COPY_ATTRIBUTES)} works.
 */
public final class LakeFSFileAttributeView implements BasicFileAttributeView {

    /** The view's name, {@value}. */
    public static final String NAME = "lakefs";

    private final LakeFSPath path;

    LakeFSFileAttributeView(LakeFSPath path) {
        this.path = path;
    }

    /** {@value #NAME}. */
    @Override
    public String name() {
        return NAME;
    }

    @Override
    public LakeFSFileAttributes readAttributes() throws IOException {
        return this.path.getFileSystem().operations().attributes(this.path, true);
    }

    /** Accepted and ignored: lakeFS sets an object's modification time when it is written. */
    @Override
    public void setTimes(@Nullable FileTime lastModifiedTime, @Nullable FileTime lastAccessTime,
            @Nullable FileTime createTime) {
    }

    /**
     * Replaces the object's user metadata without rewriting its data (lakeFS's {@code updateObjectUserMetadata});
     * only on a branch.
     * @param metadata the new user metadata
     * @throws IOException when the object does not exist or is not on a branch
     */
    public void setUserMetadata(Map<String, String> metadata) throws IOException {
        this.path.getFileSystem().operations().setUserMetadata(this.path, metadata);
    }
}
