package dev.lakefs.spring.resource;

import java.util.ArrayList;
import java.util.List;

import dev.lakefs.spring.LakeFSNames;
import org.springframework.util.AntPathMatcher;
import org.springframework.util.PathMatcher;

/**
 * A {@code lakefs://repository/ref/pattern} location: Ant-style wildcards ({@code *}, {@code ?}, {@code **}) and
 * {@code {a,b}} alternatives in the object path, none in the repository or the ref. It knows the longest literal
 * prefix to list under, and whether that listing must be recursive.
 *
 * @param repository the repository id
 * @param ref the ref expression
 * @param pathPattern the object path pattern, as written
 * @param patterns the path pattern with its {@code {a,b}} alternatives expanded (no braces left)
 */
record LakeFSLocationPattern(String repository, String ref, String pathPattern, List<String> patterns) {

    /** Matches keys with {@code /} as the separator; case-sensitive, as lakeFS paths are. */
    private static final PathMatcher MATCHER = new AntPathMatcher("/");

    /** The characters that start a wildcard or an alternative in a path pattern. */
    private static final String WILDCARDS = "*?{";

    private static final String PREFIX = LakeFSUri.SCHEME + "://";

    /**
     * Whether a {@code lakefs://} location has a wildcard anywhere after the scheme.
     * @param location the location
     * @return whether it is a pattern rather than one object
     */
    static boolean isPattern(String location) {
        return indexOfWildcard(location.substring(PREFIX.length())) >= 0;
    }

    /**
     * Parses a location pattern; the location must start with {@code lakefs://}.
     * @param location the location pattern
     * @return the pattern
     * @throws IllegalArgumentException when the repository or the ref has a wildcard, a part is missing, or an
     * alternative is not closed
     */
    static LakeFSLocationPattern parse(String location) {
        String[] parts = LakeFSUri.split(location, "pattern", "lakefs://repository/ref/path/**/*.csv");
        if (indexOfWildcard(parts[0] + "/" + parts[1]) >= 0) {
            throw new IllegalArgumentException("Wildcards are supported in the object path of a lakefs:// pattern"
                    + " only, not in the repository or the ref: '" + location + "'");
        }
        String repository = LakeFSNames.requireRepositoryId(parts[0]);
        String ref = LakeFSNames.requireRef(parts[1]);
        String pathPattern = parts[2];
        List<String> patterns = new ArrayList<>();
        expandAlternatives(location, "", pathPattern, patterns);
        return new LakeFSLocationPattern(repository, ref, pathPattern, List.copyOf(patterns));
    }

    /**
     * Expands the first {@code {a,b,...}} of {@code rest} into one pattern per alternative, recursively; lakeFS
     * paths may contain {@code ,}, so only braces group (they do not nest).
     */
    private static void expandAlternatives(String location, String done, String rest, List<String> into) {
        int open = rest.indexOf('{');
        if (open < 0) {
            if (rest.indexOf('}') >= 0) {
                throw new IllegalArgumentException("Unmatched '}' in lakefs:// pattern: '" + location + "'");
            }
            into.add(done + rest);
            return;
        }
        int close = rest.indexOf('}', open);
        if (close < 0 || rest.substring(open + 1, close).indexOf('{') >= 0) {
            throw new IllegalArgumentException("Alternatives in a lakefs:// pattern are '{a,b}', closed and not"
                    + " nested: '" + location + "'");
        }
        String head = done + rest.substring(0, open);
        String tail = rest.substring(close + 1);
        for (String alternative : rest.substring(open + 1, close).split(",", -1)) {
            expandAlternatives(location, head + alternative, tail, into);
        }
    }

    private static int indexOfWildcard(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (WILDCARDS.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The longest literal prefix of the path pattern: every matching key starts with it, so lakeFS lists only
     * under it.
     * @return the prefix, possibly empty
     */
    String listingPrefix() {
        int wildcard = indexOfWildcard(this.pathPattern);
        return (wildcard < 0) ? this.pathPattern : this.pathPattern.substring(0, wildcard);
    }

    /**
     * Whether keys below the first wildcard can contain {@code /} (a {@code **}, or a {@code /} after the first
     * wildcard): then the listing is recursive; otherwise one level, delimited by {@code /}, is enough.
     * @return whether to list recursively
     */
    boolean recursive() {
        String afterPrefix = this.pathPattern.substring(listingPrefix().length());
        return afterPrefix.contains("**") || afterPrefix.indexOf('/') >= 0;
    }

    /**
     * Whether an object key matches one of the alternatives.
     * @param key the object path
     * @return whether it matches
     */
    boolean matches(String key) {
        for (String pattern : this.patterns) {
            if (MATCHER.match(pattern, key)) {
                return true;
            }
        }
        return false;
    }

    /** The location of one matching object. */
    LakeFSUri locationOf(String key) {
        return new LakeFSUri(this.repository, this.ref, key);
    }
}
