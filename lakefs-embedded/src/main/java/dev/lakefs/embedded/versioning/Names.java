package dev.lakefs.embedded.versioning;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import dev.lakefs.embedded.http.ApiException;

/** lakeFS's naming rules, with its messages. */
public final class Names {

    /** Repository names: {@code ^[a-z0-9][a-z0-9-]{2,62}$}. */
    public static final Pattern REPOSITORY = Pattern.compile("^[a-z0-9][a-z0-9-]{2,62}$");

    /** Branch names: {@code ^\w[-\w]*$}. */
    public static final Pattern BRANCH = Pattern.compile("^\\w[-\\w]*$", Pattern.UNICODE_CHARACTER_CLASS);

    /** Storage namespaces the spec accepts. */
    public static final Pattern STORAGE_NAMESPACE = Pattern.compile("^(s3|gs|https?|mem|local|transient)://.*$");

    private static final Pattern REF = Pattern.compile("^[^\\s]+$");

    private static final int MAX_PATH_BYTES = 1024;

    private Names() {
    }

    public static void checkBranch(String name) {
        if (!BRANCH.matcher(name).matches()) {
            throw ApiException.badRequest("argument branch: branch id must consist of letters, digits, underscores "
                    + "and dashes, and cannot start with a dash: invalid value: validation error");
        }
    }

    public static void checkRef(String ref) {
        if (!REF.matcher(ref).matches()) {
            throw ApiException.badRequest("argument ref: invalid value: validation error");
        }
    }

    public static void checkRepository(String id) {
        if (!REPOSITORY.matcher(id).matches()) {
            throw ApiException.badRequest("argument repository: repository id: invalid value: validation error");
        }
    }

    /** Git-like tag names (lakeFS's {@code ValidateTagID}). */
    public static void checkTag(String tag) {
        boolean valid = !tag.isEmpty() && !tag.equals("@") && !tag.contains("/") && !tag.contains("..")
                && !tag.contains("@{") && !tag.endsWith(".") && !tag.endsWith(".lock") && !tag.startsWith("-");
        for (int i = 0; valid && i < tag.length(); i++) {
            char c = tag.charAt(i);
            valid = c > ' ' && c != 0x7f && "^:?*[\\".indexOf(c) < 0;
        }
        if (!valid) {
            throw ApiException.badRequest("argument tag: tag id: invalid value: validation error");
        }
    }

    /** Object paths: non-empty, at most 1024 bytes. Returns the path, so a handler can check it as it reads it. */
    public static String checkPath(String path) {
        if (path.isEmpty()) {
            throw ApiException.badRequest("missing path: invalid value: validation error");
        }
        if (path.getBytes(StandardCharsets.UTF_8).length > MAX_PATH_BYTES) {
            throw ApiException.badRequest("path too long: invalid value: validation error");
        }
        return path;
    }
}
