package dev.lakefs.spring.nio;

import java.nio.file.FileStore;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileAttributeView;
import java.nio.file.attribute.FileStoreAttributeView;

import org.jspecify.annotations.Nullable;

/**
 * The one store of a {@link LakeFSFileSystem}: the lakeFS server. Its capacity is the object store's, which lakeFS
 * does not report, so the space methods answer {@link Long#MAX_VALUE}.
 */
final class LakeFSFileStore extends FileStore {

    private final LakeFSFileSystem fileSystem;

    LakeFSFileStore(LakeFSFileSystem fileSystem) {
        this.fileSystem = fileSystem;
    }

    @Override
    public String name() {
        return this.fileSystem.lakeFS().client().endpoint().toString();
    }

    @Override
    public String type() {
        return "lakefs";
    }

    @Override
    public boolean isReadOnly() {
        return false;
    }

    @Override
    public long getTotalSpace() {
        return Long.MAX_VALUE;
    }

    @Override
    public long getUsableSpace() {
        return Long.MAX_VALUE;
    }

    @Override
    public long getUnallocatedSpace() {
        return Long.MAX_VALUE;
    }

    @Override
    public boolean supportsFileAttributeView(Class<? extends FileAttributeView> type) {
        return type == BasicFileAttributeView.class || type == LakeFSFileAttributeView.class;
    }

    @Override
    public boolean supportsFileAttributeView(String name) {
        return name.equals("basic") || name.equals(LakeFSFileAttributeView.NAME);
    }

    @Override
    public <V extends FileStoreAttributeView> @Nullable V getFileStoreAttributeView(Class<V> type) {
        return null;
    }

    @Override
    public Object getAttribute(String attribute) {
        throw new UnsupportedOperationException("No file store attribute '" + attribute + "'");
    }
}
