package dev.lakefs.spring.nio;

import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.lakefs.spring.client.model.ObjectStats;
import org.jspecify.annotations.Nullable;

/**
 * The attributes of a lakeFS path: an object ({@link #isRegularFile()}) with its size, modification time, checksum,
 * content type, user metadata and physical address, or a "directory" (a repository, a ref, or a prefix that objects
 * share), which has none of them. Read with {@code Files.readAttributes(path, LakeFSFileAttributes.class)}, or by
 * name: {@code Files.readAttributes(path, "lakefs:*")}, {@code Files.getAttribute(path, "lakefs:checksum")}.
 * <p>
 * lakeFS keeps one time per object, its {@code mtime}: it is the last-modified, last-access and creation time.
 * The {@link #fileKey() file key} is the physical address, which identifies the stored bytes.
 */
public final class LakeFSFileAttributes implements BasicFileAttributes {

    /** The attribute names of the {@code lakefs} view beyond the basic ones. */
    static final String[] LAKEFS_NAMES = { "checksum", "contentType", "userMetadata", "physicalAddress" };

    static final String[] BASIC_NAMES = { "size", "lastModifiedTime", "lastAccessTime", "creationTime",
            "isRegularFile", "isDirectory", "isSymbolicLink", "isOther", "fileKey" };

    private static final LakeFSFileAttributes DIRECTORY = new LakeFSFileAttributes(null);

    private final @Nullable ObjectStats stats;

    private LakeFSFileAttributes(@Nullable ObjectStats stats) {
        this.stats = stats;
    }

    static LakeFSFileAttributes ofObject(ObjectStats stats) {
        return new LakeFSFileAttributes(stats);
    }

    static LakeFSFileAttributes ofDirectory() {
        return DIRECTORY;
    }

    /**
     * The object's stats as lakeFS reported them, or {@code null} for a directory.
     * @return the stats
     */
    public @Nullable ObjectStats objectStats() {
        return this.stats;
    }

    /**
     * The object's checksum (its ETag without quotes), or {@code null} for a directory.
     * @return the checksum
     */
    public @Nullable String checksum() {
        return (this.stats != null) ? this.stats.checksum() : null;
    }

    /**
     * The object's content type, or {@code null} for a directory.
     * @return the content type
     */
    public @Nullable String contentType() {
        return (this.stats != null) ? this.stats.contentType() : null;
    }

    /**
     * The object's user metadata (lakeFS lower-cases keys written through its API); empty for a directory.
     * @return the metadata
     */
    public Map<String, String> userMetadata() {
        return (this.stats != null) ? this.stats.metadata() : Map.of();
    }

    /**
     * Where the object's data lives in the object store, or {@code null} for a directory.
     * @return the physical address
     */
    public @Nullable String physicalAddress() {
        return (this.stats != null) ? this.stats.physicalAddress() : null;
    }

    @Override
    public FileTime lastModifiedTime() {
        return FileTime.from((this.stats != null) ? this.stats.mtime() : Instant.EPOCH);
    }

    @Override
    public FileTime lastAccessTime() {
        return lastModifiedTime();
    }

    @Override
    public FileTime creationTime() {
        return lastModifiedTime();
    }

    @Override
    public boolean isRegularFile() {
        return this.stats != null;
    }

    @Override
    public boolean isDirectory() {
        return this.stats == null;
    }

    @Override
    public boolean isSymbolicLink() {
        return false;
    }

    @Override
    public boolean isOther() {
        return false;
    }

    @Override
    public long size() {
        Long size = (this.stats != null) ? this.stats.sizeBytes() : null;
        return (size != null) ? size : 0;
    }

    /** The physical address of an object, {@code null} for a directory. */
    @Override
    public @Nullable Object fileKey() {
        return physicalAddress();
    }

    /** The named attributes ({@code *} for all) of the {@code basic} or {@code lakefs} view, by name. */
    Map<String, @Nullable Object> toMap(String view, String[] requested) {
        boolean lakefsView = view.equals(LakeFSFileAttributeView.NAME);
        Map<String, @Nullable Object> values = new LinkedHashMap<>();
        for (String name : requested) {
            if (name.equals("*")) {
                for (String basic : BASIC_NAMES) {
                    values.put(basic, value(basic));
                }
                if (lakefsView) {
                    for (String extra : LAKEFS_NAMES) {
                        values.put(extra, value(extra));
                    }
                }
            }
            else if (isBasic(name) || (lakefsView && isLakeFS(name))) {
                values.put(name, value(name));
            }
            else {
                throw new IllegalArgumentException("No attribute '" + name + "' in view '" + view + "'");
            }
        }
        return values;
    }

    private static boolean isBasic(String name) {
        for (String basic : BASIC_NAMES) {
            if (basic.equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLakeFS(String name) {
        for (String extra : LAKEFS_NAMES) {
            if (extra.equals(name)) {
                return true;
            }
        }
        return false;
    }

    private @Nullable Object value(String name) {
        return switch (name) {
            case "size" -> size();
            case "lastModifiedTime" -> lastModifiedTime();
            case "lastAccessTime" -> lastAccessTime();
            case "creationTime" -> creationTime();
            case "isRegularFile" -> isRegularFile();
            case "isDirectory" -> isDirectory();
            case "isSymbolicLink" -> isSymbolicLink();
            case "isOther" -> isOther();
            case "fileKey" -> fileKey();
            case "checksum" -> checksum();
            case "contentType" -> contentType();
            case "userMetadata" -> userMetadata();
            case "physicalAddress" -> physicalAddress();
            default -> throw new IllegalArgumentException("No attribute '" + name + "'");
        };
    }

    @Override
    public String toString() {
        return (this.stats != null) ? "LakeFSFileAttributes[size=" + size() + ", checksum=" + checksum()
                + ", contentType=" + contentType() + ", lastModifiedTime=" + lastModifiedTime() + "]"
                : "LakeFSFileAttributes[directory]";
    }
}
