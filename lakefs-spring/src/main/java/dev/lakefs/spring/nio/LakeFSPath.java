package dev.lakefs.spring.nio;

import java.io.IOException;
import java.net.URI;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.ProviderMismatchException;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

import dev.lakefs.spring.resource.LakeFSUri;
import org.jspecify.annotations.Nullable;

/**
 * A path of a {@link LakeFSFileSystem}: {@code /repository/ref/path/of/object}. The first name is a repository, the
 * second a ref (branch, tag, commit id or ref expression), the rest the object path with {@code /} between names.
 * Paths are names only: making one sends no request. {@link #toUri()} gives {@code lakefs://repository/ref/path}.
 * <p>
 * Repeated and trailing {@code /} are dropped, as on other file systems, so object paths with an empty name
 * ({@code a//b}, {@code dir/}) cannot be addressed; {@code .} and {@code ..} are resolved before lakeFS is asked.
 * A path that came from a directory listing remembers what the listing said about it (see
 * {@link LakeFSFileSystemProvider#readAttributes(Path, Class, LinkOption...)}); equality ignores that.
 */
public final class LakeFSPath implements Path {

    private final LakeFSFileSystem fileSystem;

    private final boolean absolute;

    /** The names, none empty; an empty list and not absolute is the empty path. */
    private final List<String> names;

    private final @Nullable LakeFSFileAttributes listed;

    LakeFSPath(LakeFSFileSystem fileSystem, boolean absolute, List<String> names,
            @Nullable LakeFSFileAttributes listed) {
        this.fileSystem = fileSystem;
        this.absolute = absolute;
        this.names = List.copyOf(names);
        this.listed = listed;
    }

    /** Parses {@code first} and {@code more} joined with {@code /}. */
    static LakeFSPath parse(LakeFSFileSystem fileSystem, String first, String... more) {
        StringBuilder joined = new StringBuilder(first);
        for (String part : more) {
            if (!part.isEmpty()) {
                if (joined.length() > 0) {
                    joined.append('/');
                }
                joined.append(part);
            }
        }
        String text = joined.toString();
        List<String> names = new ArrayList<>();
        for (String name : text.split("/")) {
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return new LakeFSPath(fileSystem, text.startsWith("/"), names, null);
    }

    /** The path of a {@code lakefs://repository/ref/path} URI (the path decoded); {@code lakefs:///} is the root. */
    static LakeFSPath fromUri(LakeFSFileSystem fileSystem, URI uri) {
        if (!LakeFSUri.SCHEME.equalsIgnoreCase(uri.getScheme())) {
            throw new IllegalArgumentException("Not a lakefs:// URI: '" + uri + "'");
        }
        if (uri.getQuery() != null || uri.getFragment() != null) {
            throw new IllegalArgumentException("A lakefs:// URI has no query or fragment (encode '?' as %3F and '#' as "
                    + "%23 in paths): '" + uri + "'");
        }
        String repository = uri.getAuthority();
        String path = (uri.getPath() != null) ? uri.getPath() : "";
        if (repository == null) {
            return parse(fileSystem, "/", path);
        }
        return parse(fileSystem, "/" + repository, path);
    }

    /** This path, carrying attributes read by a listing. */
    LakeFSPath withListedAttributes(LakeFSFileAttributes attributes) {
        return new LakeFSPath(this.fileSystem, this.absolute, this.names, attributes);
    }

    @Nullable LakeFSFileAttributes listedAttributes() {
        return this.listed;
    }

    /** The repository, ref and object path this path names once made absolute and normalized. */
    Location location() {
        List<String> resolved = ((LakeFSPath) toAbsolutePath().normalize()).names;
        return new Location((resolved.size() > 0) ? resolved.get(0) : null,
                (resolved.size() > 1) ? resolved.get(1) : null,
                (resolved.size() > 2) ? String.join("/", resolved.subList(2, resolved.size())) : "");
    }

    /**
     * What a path addresses in lakeFS.
     *
     * @param repository the repository id, or {@code null} for the root
     * @param ref the ref, or {@code null} for the root and a repository
     * @param key the object path (a "directory" is the prefix {@code key + "/"}), empty for a ref and above
     */
    record Location(@Nullable String repository, @Nullable String ref, String key) {

        /** Whether this is an object path (or a directory below a ref). */
        boolean isObjectLevel() {
            return !this.key.isEmpty();
        }

        /** The listing prefix of this location as a directory. */
        String directoryPrefix() {
            return this.key.isEmpty() ? "" : this.key + "/";
        }
    }

    @Override
    public LakeFSFileSystem getFileSystem() {
        return this.fileSystem;
    }

    @Override
    public boolean isAbsolute() {
        return this.absolute;
    }

    @Override
    public @Nullable Path getRoot() {
        return this.absolute ? this.fileSystem.root() : null;
    }

    @Override
    public @Nullable Path getFileName() {
        if (this.names.isEmpty()) {
            return this.absolute ? null : this;
        }
        return relative(this.names.subList(this.names.size() - 1, this.names.size()));
    }

    @Override
    public @Nullable Path getParent() {
        if (this.names.isEmpty() || (!this.absolute && this.names.size() == 1)) {
            return null;
        }
        return new LakeFSPath(this.fileSystem, this.absolute, this.names.subList(0, this.names.size() - 1), null);
    }

    @Override
    public int getNameCount() {
        return (this.names.isEmpty() && !this.absolute) ? 1 : this.names.size();
    }

    @Override
    public Path getName(int index) {
        if (this.names.isEmpty() && !this.absolute && index == 0) {
            return this;
        }
        if (index < 0 || index >= this.names.size()) {
            throw new IllegalArgumentException("No name " + index + " in " + this);
        }
        return relative(this.names.subList(index, index + 1));
    }

    @Override
    public Path subpath(int beginIndex, int endIndex) {
        if (beginIndex < 0 || endIndex > this.names.size() || beginIndex >= endIndex) {
            throw new IllegalArgumentException("No subpath [" + beginIndex + ", " + endIndex + ") of " + this);
        }
        return relative(this.names.subList(beginIndex, endIndex));
    }

    private LakeFSPath relative(List<String> names) {
        return new LakeFSPath(this.fileSystem, false, names, null);
    }

    @Override
    public boolean startsWith(Path other) {
        LakeFSPath that = (other instanceof LakeFSPath path && path.fileSystem == this.fileSystem) ? path : null;
        if (that == null || that.absolute != this.absolute || that.names.size() > this.names.size()) {
            return false;
        }
        if (that.names.isEmpty() && !that.absolute) {
            return this.names.isEmpty() && !this.absolute;
        }
        return this.names.subList(0, that.names.size()).equals(that.names);
    }

    @Override
    public boolean endsWith(Path other) {
        LakeFSPath that = (other instanceof LakeFSPath path && path.fileSystem == this.fileSystem) ? path : null;
        if (that == null) {
            return false;
        }
        if (that.absolute) {
            return equals(that);
        }
        if (that.names.isEmpty()) {
            return this.names.isEmpty() && !this.absolute;
        }
        int size = this.names.size();
        return that.names.size() <= size && this.names.subList(size - that.names.size(), size).equals(that.names);
    }

    @Override
    public Path normalize() {
        List<String> normalized = new ArrayList<>(this.names.size());
        for (String name : this.names) {
            if (name.equals(".")) {
                continue;
            }
            if (name.equals("..")) {
                if (!normalized.isEmpty() && !normalized.get(normalized.size() - 1).equals("..")) {
                    normalized.remove(normalized.size() - 1);
                    continue;
                }
                if (this.absolute) {
                    continue;
                }
            }
            normalized.add(name);
        }
        return normalized.equals(this.names) ? this : new LakeFSPath(this.fileSystem, this.absolute, normalized, null);
    }

    @Override
    public Path resolve(Path other) {
        LakeFSPath that = checkPath(other);
        if (that.absolute) {
            return that;
        }
        if (that.names.isEmpty()) {
            return this;
        }
        List<String> joined = new ArrayList<>(this.names);
        joined.addAll(that.names);
        return new LakeFSPath(this.fileSystem, this.absolute, joined, null);
    }

    @Override
    public Path relativize(Path other) {
        LakeFSPath that = checkPath(other);
        if (that.absolute != this.absolute) {
            throw new IllegalArgumentException("Cannot relativize " + that + " against " + this
                    + ": one is absolute and the other is not");
        }
        int common = 0;
        while (common < this.names.size() && common < that.names.size()
                && this.names.get(common).equals(that.names.get(common))) {
            common++;
        }
        List<String> relative = new ArrayList<>();
        for (int i = common; i < this.names.size(); i++) {
            relative.add("..");
        }
        relative.addAll(that.names.subList(common, that.names.size()));
        return relative(relative);
    }

    /**
     * {@code lakefs://repository/ref/path}, percent-encoded where needed; {@code lakefs://repository/} and
     * {@code lakefs://repository/ref/} above objects, {@code lakefs:///} for the root. A relative path is resolved
     * against the root first. {@link java.nio.file.Path#of(URI)} gives the path back (on the default file system).
     */
    @Override
    public URI toUri() {
        List<String> resolved = ((LakeFSPath) toAbsolutePath()).names;
        if (resolved.isEmpty()) {
            return URI.create(LakeFSUri.SCHEME + ":///");
        }
        String rest = String.join("/", resolved.subList(1, resolved.size()));
        return LakeFSUri.toUri(resolved.get(0), (resolved.size() == 2) ? rest + "/" : rest);
    }

    /** A relative path resolved against the root {@code /} (a lakeFS file system has no working directory). */
    @Override
    public Path toAbsolutePath() {
        return this.absolute ? this : new LakeFSPath(this.fileSystem, true, this.names, null);
    }

    /** The absolute, normalized path, once the file or directory is known to exist. */
    @Override
    public Path toRealPath(LinkOption... options) throws IOException {
        Path real = toAbsolutePath().normalize();
        this.fileSystem.provider().checkAccess(real);
        return real;
    }

    /** Not supported: lakeFS has no change notifications for a {@link WatchService}. */
    @Override
    public WatchKey register(WatchService watcher, WatchEvent.Kind<?>[] events, WatchEvent.Modifier... modifiers) {
        throw new UnsupportedOperationException("lakeFS paths cannot be watched");
    }

    @Override
    public Iterator<Path> iterator() {
        List<Path> elements = new ArrayList<>(this.names.size());
        for (int i = 0; i < this.names.size(); i++) {
            elements.add(getName(i));
        }
        return elements.iterator();
    }

    /** Orders paths by their string form. */
    @Override
    public int compareTo(Path other) {
        return toString().compareTo(checkPath(other).toString());
    }

    private LakeFSPath checkPath(Path other) {
        if (!(other instanceof LakeFSPath path)) {
            throw new ProviderMismatchException("Not a lakefs path: " + other);
        }
        return path;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return this == other || (other instanceof LakeFSPath path && path.fileSystem == this.fileSystem
                && path.absolute == this.absolute && path.names.equals(this.names));
    }

    @Override
    public int hashCode() {
        return Objects.hash(this.absolute, this.names);
    }

    /** {@code /repository/ref/path}, or the relative names joined with {@code /}. */
    @Override
    public String toString() {
        String joined = String.join("/", this.names);
        return this.absolute ? "/" + joined : joined;
    }

    @Override
    public Path resolve(String other) {
        return resolve(this.fileSystem.getPath(other));
    }

    @Override
    public boolean startsWith(String other) {
        return startsWith(this.fileSystem.getPath(other));
    }

    @Override
    public boolean endsWith(String other) {
        return endsWith(this.fileSystem.getPath(other));
    }
}
