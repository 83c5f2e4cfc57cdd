package dev.lakefs.spring.resource;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

import dev.lakefs.spring.LakeFSNames;

/**
 * A {@code lakefs://repository/ref/path} location, as lakefs-spec and lakectl spell objects: the repository id, a
 * ref expression (branch, tag, commit id, {@code main~1}...) and the object path, which may contain {@code /}.
 * <p>
 * Two spellings, one object: a location <em>string</em> ({@link #parse(String)}, what {@code @Value} and
 * {@code getResource} receive) is taken literally, as lakefs-spec and lakectl take it, so
 * {@code lakefs://repo/main/my file#1.csv} is the object {@code my file#1.csv}; a {@link URI} ({@link #from(URI)},
 * {@link #toUri()}, what {@code Resource.getURI()} and {@code Path.toUri()} return) is percent-encoded, so the same
 * object is {@code lakefs://repo/main/my%20file%231.csv}. {@code from(location.toUri())} equals {@code location}
 * for every path, including {@code %}, {@code ?}, {@code #} and non-ASCII characters.
 *
 * @param repository the repository id
 * @param ref the ref expression
 * @param path the object path
 */
public record LakeFSUri(String repository, String ref, String path) {

    /** The URI scheme, {@value}. */
    public static final String SCHEME = "lakefs";

    private static final String PREFIX = SCHEME + "://";

    /** RFC 3986 {@code pchar} without {@code %} (unreserved, sub-delims, {@code :}, {@code @}) and {@code /}. */
    private static final String ALLOWED_IN_PATH = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
            + "-._~!$&'()*+,;=:@/";

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /** Validates the three parts with {@link LakeFSNames}. */
    public LakeFSUri {
        LakeFSNames.requireRepositoryId(repository);
        LakeFSNames.requireRef(ref);
        LakeFSNames.requirePath(path);
    }

    /**
     * Whether a location starts with {@code lakefs://} (case-insensitive).
     * @param location a {@code lakefs://repository/ref/path} location
     * @return whether it exists
     */
    public static boolean isLakeFSLocation(String location) {
        return location.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
    }

    /**
     * Parses {@code lakefs://repository/ref/path}. The path is taken literally (lakeFS paths are not URL-encoded).
     * @throws IllegalArgumentException when the location is not a lakeFS URI or lacks a part
     * @param location a {@code lakefs://repository/ref/path} location
     * @return this lakeFSUri
     */
    public static LakeFSUri parse(String location) {
        if (!isLakeFSLocation(location)) {
            throw new IllegalArgumentException("Not a lakefs:// location: '" + location + "'");
        }
        String[] parts = split(location, "location", "lakefs://repository/ref/path");
        return new LakeFSUri(parts[0], parts[1], parts[2]);
    }

    /**
     * Splits a {@code lakefs://} location into its repository, ref and path, unvalidated.
     * @param location a location starting with {@code lakefs://}
     * @param kind what the location is, for the message ({@code location}, {@code pattern})
     * @param shape an example of the expected shape, for the message
     * @return the three parts
     * @throws IllegalArgumentException when a part is missing
     */
    static String[] split(String location, String kind, String shape) {
        String rest = location.substring(PREFIX.length());
        int repositoryEnd = rest.indexOf('/');
        int refEnd = (repositoryEnd < 0) ? -1 : rest.indexOf('/', repositoryEnd + 1);
        if (refEnd < 0 || refEnd == rest.length() - 1) {
            throw new IllegalArgumentException("A lakefs:// " + kind + " needs a repository, a ref and a path ("
                    + shape + "): '" + location + "'");
        }
        return new String[] { rest.substring(0, repositoryEnd), rest.substring(repositoryEnd + 1, refEnd),
                rest.substring(refEnd + 1) };
    }

    /**
     * A location for another path relative to this one, resolved the way {@link URI#resolve(String)} does.
     * @param relativePath the relative path
     * @return this lakeFSUri
     */
    public LakeFSUri resolve(String relativePath) {
        if (relativePath.startsWith("/")) {
            return new LakeFSUri(this.repository, this.ref, relativePath.substring(1));
        }
        int lastSlash = this.path.lastIndexOf('/');
        String base = (lastSlash < 0) ? "" : this.path.substring(0, lastSlash + 1);
        return new LakeFSUri(this.repository, this.ref, normalize(base + relativePath));
    }

    private static String normalize(String path) {
        Deque<String> segments = new ArrayDeque<>();
        String[] parts = path.split("/", -1);
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (part.equals("..")) {
                segments.pollLast();
            }
            else if (!part.equals(".") && !(part.isEmpty() && i < parts.length - 1)) {
                segments.addLast(part);
            }
        }
        return String.join("/", segments);
    }

    /**
     * The last path segment, e.g. {@code data.csv} for {@code lakefs://repo/main/dir/data.csv}.
     * @return the last path segment
     */
    public String filename() {
        return this.path.substring(this.path.lastIndexOf('/') + 1);
    }

    /**
     * This location as a {@link URI}, with the path percent-encoded where needed.
     * @return the URI
     */
    public URI toUri() {
        return toUri(this.repository, this.ref + "/" + this.path);
    }

    /**
     * A {@code lakefs://repository/…} URI whose path is percent-encoded in UTF-8 wherever RFC 3986 requires it
     * ({@code %}, spaces, {@code ?}, {@code #}, non-ASCII...), so that {@link URI#getPath()} gives the exact text
     * back. ({@code new URI(scheme, authority, path, fragment)} leaves a {@code %} followed by two hex digits as it
     * is, which would change such a path.)
     * @param repository the repository id
     * @param pathAfterRepository what follows the repository: empty, {@code ref/}, or {@code ref/path}
     * @return the URI
     */
    public static URI toUri(String repository, String pathAfterRepository) {
        return URI.create(PREFIX + repository + "/" + encodePath(pathAfterRepository));
    }

    /**
     * Reads a {@code lakefs://repository/ref/path} {@link URI}, decoding its path (the inverse of {@link #toUri()}).
     * @param uri the URI
     * @return the location
     * @throws IllegalArgumentException when the URI is not a lakeFS URI or lacks a part
     */
    public static LakeFSUri from(URI uri) {
        String path = uri.getPath();
        int refEnd = (path == null || path.length() < 2) ? -1 : path.indexOf('/', 1);
        if (!SCHEME.equalsIgnoreCase(uri.getScheme()) || uri.getAuthority() == null || refEnd < 0
                || refEnd == path.length() - 1) {
            throw new IllegalArgumentException("A lakefs:// URI needs a repository, a ref and a path "
                    + "(lakefs://repository/ref/path): '" + uri + "'");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("A lakefs:// URI has no query or fragment (a '?' or '#' in a path is"
                    + " encoded as %3F or %23): '" + uri + "'");
        }
        return new LakeFSUri(uri.getAuthority(), path.substring(1, refEnd), path.substring(refEnd + 1));
    }

    private static String encodePath(String path) {
        StringBuilder encoded = new StringBuilder(path.length());
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < 0x80 && ALLOWED_IN_PATH.indexOf(c) >= 0) {
                encoded.append((char) c);
            }
            else {
                encoded.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return encoded.toString();
    }

    /** {@code lakefs://repository/ref/path}. */
    @Override
    public String toString() {
        return PREFIX + this.repository + "/" + this.ref + "/" + this.path;
    }
}
