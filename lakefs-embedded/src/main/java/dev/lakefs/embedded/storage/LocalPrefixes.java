package dev.lakefs.embedded.storage;

import java.nio.file.Path;
import java.util.List;

/**
 * The host directories the server may read {@code local://} addresses from, as lakeFS's
 * {@code blockstore.local.allowed_external_prefixes}: a path is allowed when it starts with one of the prefixes (a
 * plain string prefix, as in lakeFS: end a directory with {@code /} to keep {@code /data} from allowing
 * {@code /data-private}). None by default: the server then reads no host file at all.
 *
 * @param prefixes absolute, normalized paths
 */
public record LocalPrefixes(List<String> prefixes) {

    /** Allows nothing. */
    public static final LocalPrefixes NONE = new LocalPrefixes(List.of());

    /** @throws IllegalArgumentException when a prefix is not an absolute path */
    public LocalPrefixes {
        for (String prefix : prefixes) {
            if (prefix.isEmpty() || !Path.of(prefix).isAbsolute()) {
                throw new IllegalArgumentException("allowed local prefix must be an absolute path: " + prefix);
            }
        }
        prefixes = List.copyOf(prefixes);
    }

    /** The path of a {@code local://} URI (without a trailing slash), or null for any other URI. */
    static String path(String uri) {
        if (!uri.startsWith(BlobStore.LOCAL_SCHEME)) {
            return null;
        }
        String path = uri.substring(BlobStore.LOCAL_SCHEME.length());
        return (path.length() > 1 && path.endsWith("/")) ? path.substring(0, path.length() - 1) : path;
    }

    /**
     * Whether a {@code local://} URI names an absolute path with no {@code .}, {@code ..} or doubled separators, as
     * lakeFS's {@code VerifyAbsPath} requires ("bad path traversal blocked" otherwise).
     */
    public boolean isClean(String uri) {
        String path = path(uri);
        if (path == null || path.isEmpty() || !Path.of(path).isAbsolute()) {
            return false;
        }
        return Path.of(path).normalize().toString().replace('\\', '/').equals(path) && !path.contains("//");
    }

    /** Whether the server may read a {@code local://} URI: clean and under an allowed prefix. */
    public boolean allows(String uri) {
        if (!isClean(uri)) {
            return false;
        }
        // the directory itself is allowed too: "/data" is under the prefix "/data/"
        String directory = path(uri) + "/";
        return this.prefixes.stream().anyMatch(directory::startsWith);
    }

    /** How an operator allows a prefix, for error messages. */
    public String howToAllow() {
        return "the embedded server reads local:// paths only under the prefixes its operator allows ("
                + (this.prefixes.isEmpty() ? "none" : String.join(", ", this.prefixes))
                + "), as lakeFS's blockstore.local.import_enabled and blockstore.local.allowed_external_prefixes do;"
                + " allow one with EmbeddedLakeFS.builder().allowedLocalPrefixes(\"/path/\"), the standalone"
                + " --allowed-local-prefix /path/ or the property lakefs.embedded.allowed-local-prefixes";
    }
}
