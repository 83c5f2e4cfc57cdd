package dev.lakefs.spring;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The naming rules lakeFS enforces, checked on the client so that a bad name fails fast with a message that says
 * which rule it breaks instead of a server round trip and a terse 400.
 * <p>
 * Every {@code require…} method returns its argument when it is valid and throws {@link InvalidNameException}
 * otherwise.
 */
public final class LakeFSNames {

    /** The pattern lakeFS applies to repository ids. */
    public static final String REPOSITORY_ID_PATTERN = "^[a-z0-9][a-z0-9-]{2,62}$";

    /** The pattern lakeFS applies to branch ids. */
    public static final String BRANCH_ID_PATTERN = "^\\w[-\\w]*$";

    /** The longest object path lakeFS accepts, in UTF-8 bytes. */
    public static final int MAX_PATH_BYTES = 1024;

    private static final Pattern REPOSITORY_ID = Pattern.compile(REPOSITORY_ID_PATTERN);

    private static final Pattern BRANCH_ID = Pattern.compile(BRANCH_ID_PATTERN);

    private static final Pattern STORAGE_NAMESPACE = Pattern.compile("^(s3|gs|https?|mem|local|transient)://.*$");

    private static final String TAG_FORBIDDEN_CHARACTERS = "^:?*[\\";

    private LakeFSNames() {
    }

    /** The kinds of names lakeFS validates. */
    public enum Kind {

        /** A repository id. */
        REPOSITORY_ID("repository id"),
        /** A branch id. */
        BRANCH_ID("branch id"),
        /** A tag id. */
        TAG_ID("tag id"),
        /** A ref expression such as {@code main}, {@code v1~2} or a commit id. */
        REF("ref expression"),
        /** An object path. */
        PATH("object path"),
        /** A repository's storage namespace. */
        STORAGE_NAMESPACE("storage namespace");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        /**
         * The kind in words, as used in messages.
         * @return the description
         */
        public String description() {
            return this.description;
        }
    }

    /**
     * Checks a repository id against {@value #REPOSITORY_ID_PATTERN}: 3 to 63 lowercase letters, digits and dashes,
     * not starting with a dash.
     * @param id the id
     * @return the id
     */
    public static String requireRepositoryId(String id) {
        if (REPOSITORY_ID.matcher(id).matches()) {
            return id;
        }
        throw invalid(Kind.REPOSITORY_ID, id, repositoryIdProblem(id) + " (a repository id must be 3 to 63 characters"
                + " of lowercase letters, digits and dashes, starting with a letter or digit: "
                + REPOSITORY_ID_PATTERN + ")");
    }

    private static String repositoryIdProblem(String id) {
        if (id.length() < 3) {
            return "too short";
        }
        if (id.length() > 63) {
            return "too long (" + id.length() + " characters)";
        }
        if (id.charAt(0) == '-') {
            return "starts with a dash";
        }
        return "contains " + describe(firstMismatch(id, "abcdefghijklmnopqrstuvwxyz0123456789-"));
    }

    /**
     * Checks a branch id against {@value #BRANCH_ID_PATTERN}: letters, digits, underscores and dashes, not starting
     * with a dash. Ref modifiers ({@code ~}, {@code ^}, {@code @}, {@code $}) are not allowed in a branch id.
     * @param id the id
     * @return the id
     */
    public static String requireBranchId(String id) {
        if (isValidBranchId(id)) {
            return id;
        }
        String problem = id.isEmpty() ? "empty" : (id.charAt(0) == '-') ? "starts with a dash"
                : "contains " + describe(firstMismatch(id, null));
        throw invalid(Kind.BRANCH_ID, id, problem + " (a branch id must consist of letters, digits, underscores and"
                + " dashes, and cannot start with a dash: " + BRANCH_ID_PATTERN + ")");
    }

    /**
     * Whether a text is a valid branch id (and so carries no ref modifiers).
     * @param id the id
     * @return whether it exists
     */
    public static boolean isValidBranchId(String id) {
        return BRANCH_ID.matcher(id).matches();
    }

    /**
     * Checks a tag id against lakeFS's git-like rules: not empty, not {@code @}, no {@code /}, {@code ..} or
     * <code>@&#123;</code>, none of <code>^ : ? * [ &#92;</code>, no spaces or control characters, not ending with
     * {@code .} or {@code .lock}.
     * @param id the id
     * @return the id
     */
    public static String requireTagId(String id) {
        String problem = tagIdProblem(id);
        if (problem == null) {
            return id;
        }
        throw invalid(Kind.TAG_ID, id, problem + " (a tag id follows git's ref rules: no '/', '..', '@{', any of "
                + "'^:?*[\\', spaces or control characters, not '@', not ending with '.' or '.lock')");
    }

    private static @Nullable String tagIdProblem(String id) {
        if (id.isEmpty()) {
            return "empty";
        }
        if (id.equals("@")) {
            return "is '@'";
        }
        if (id.endsWith(".lock")) {
            return "ends with '.lock'";
        }
        if (id.endsWith(".")) {
            return "ends with '.'";
        }
        for (String sequence : new String[] { "..", "@{" }) {
            if (id.contains(sequence)) {
                return "contains '" + sequence + "'";
            }
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c == '/' || TAG_FORBIDDEN_CHARACTERS.indexOf(c) >= 0 || Character.isWhitespace(c)
                    || Character.isISOControl(c)) {
                return "contains " + describe(c);
            }
        }
        return null;
    }

    /**
     * Checks a ref expression (a branch, tag or commit id, optionally with {@code ~N}, {@code ^N}, {@code @} or
     * {@code $} modifiers): any non-empty text without whitespace.
     * @param ref the commit to apply, as any ref expression
     * @return the ref
     */
    public static String requireRef(String ref) {
        if (ref.isEmpty()) {
            throw invalid(Kind.REF, ref, "empty (a ref expression must be non-empty text without whitespace)");
        }
        for (int i = 0; i < ref.length(); i++) {
            if (Character.isWhitespace(ref.charAt(i))) {
                throw invalid(Kind.REF, ref, "contains " + describe(ref.charAt(i))
                        + " (a ref expression must be non-empty text without whitespace)");
            }
        }
        return ref;
    }

    /**
     * Checks an object path: any non-empty text of at most {@value #MAX_PATH_BYTES} UTF-8 bytes.
     * @param path the object path
     * @return the path
     */
    public static String requirePath(String path) {
        if (path.isEmpty()) {
            throw invalid(Kind.PATH, path, "empty (an object path must be 1 to " + MAX_PATH_BYTES + " bytes)");
        }
        int bytes = path.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_PATH_BYTES) {
            throw invalid(Kind.PATH, abbreviate(path), bytes + " bytes long (an object path must be 1 to "
                    + MAX_PATH_BYTES + " bytes in UTF-8)");
        }
        return path;
    }

    /**
     * Checks a storage namespace: a URI with one of the schemes s3, gs, http(s), mem, local or transient.
     * @param namespace the storage namespace
     * @return the namespace
     */
    public static String requireStorageNamespace(String namespace) {
        if (STORAGE_NAMESPACE.matcher(namespace).matches()) {
            return namespace;
        }
        throw invalid(Kind.STORAGE_NAMESPACE, namespace, "not a URI with a supported scheme (a storage namespace "
                + "must look like s3://bucket/prefix; schemes: s3, gs, http, https, mem, local, transient)");
    }

    private static InvalidNameException invalid(Kind kind, String value, String rule) {
        return new InvalidNameException(kind, value, rule);
    }

    private static int firstMismatch(String id, @Nullable String allowed) {
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean ok = (allowed != null) ? allowed.indexOf(c) >= 0
                    : (c == '_' || c == '-' || (c < 128 && Character.isLetterOrDigit(c)));
            if (!ok) {
                return c;
            }
        }
        return 0;
    }

    private static String describe(int c) {
        if (c == ' ') {
            return "a space";
        }
        if (Character.isWhitespace(c) || Character.isISOControl(c)) {
            return String.format("the control character U+%04X", c);
        }
        if (c >= 'A' && c <= 'Z') {
            return "the uppercase letter '" + (char) c + "'";
        }
        return "the character '" + (char) c + "'";
    }

    private static String abbreviate(String path) {
        return path.substring(0, Math.min(path.length(), 64)) + "…";
    }
}
