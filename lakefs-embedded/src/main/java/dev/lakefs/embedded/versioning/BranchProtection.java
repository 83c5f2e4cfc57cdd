package dev.lakefs.embedded.versioning;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import dev.lakefs.embedded.http.ApiException;
import org.jspecify.annotations.Nullable;

/**
 * A repository's branch protection rules, as lakeFS keeps them (the {@code protected_branches} setting): glob
 * patterns on branch names, each blocking staging writes and commits. Guarded by the repository's lock.
 * <p>
 * Patterns follow the glob syntax lakeFS compiles them with (gobwas/glob without separators): {@code *} any
 * characters, {@code ?} one character, {@code [abc]}, {@code [a-z]}, {@code [!abc]}, {@code {a,b}} and {@code \}
 * escapes.
 */
public final class BranchProtection {

    /** Rule patterns, sorted, with their compiled matchers (null when the pattern is not a valid glob). */
    private final Map<String, @Nullable Pattern> rules = new TreeMap<>();

    /** Whether rules were ever saved: lakeFS's ETag is empty until then. */
    private boolean saved;

    /** The rule patterns, sorted. */
    public List<String> patterns() {
        return List.copyOf(this.rules.keySet());
    }

    /** The ETag of the rules: empty before any were saved, else a hash of the patterns. */
    public String etag() {
        if (!this.saved) {
            return "";
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String pattern : this.rules.keySet()) {
                digest.update(pattern.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is required of every JDK", ex);
        }
    }

    /**
     * Replaces the rules. With {@code ifMatch} (lakeFS's {@code If-Match}): empty means "only if none were saved",
     * anything else must equal the current ETag; otherwise 412.
     */
    public void replace(List<String> patterns, @Nullable String ifMatch) {
        if (ifMatch != null && !(ifMatch.isEmpty() ? !this.saved : this.saved && ifMatch.equals(etag()))) {
            throw ApiException.preconditionFailed("precondition failed");
        }
        this.rules.clear();
        patterns.forEach(pattern -> this.rules.put(pattern, compile(pattern)));
        this.saved = true;
    }

    /** Adds one rule (the deprecated create endpoint). */
    public void add(String pattern) {
        this.rules.put(pattern, compile(pattern));
        this.saved = true;
    }

    /** Removes one rule; false when there was none with that pattern. */
    public boolean remove(String pattern) {
        if (!this.rules.containsKey(pattern)) {
            return false;
        }
        this.rules.remove(pattern);
        return true;
    }

    /** Whether a rule matches the branch; an invalid pattern fails the write as lakeFS's compile error does. */
    public boolean protects(String branch) {
        for (Map.Entry<String, @Nullable Pattern> rule : this.rules.entrySet()) {
            Pattern matcher = rule.getValue();
            if (matcher == null) {
                throw new ApiException(500, "invalid branch protection pattern: " + rule.getKey());
            }
            if (matcher.matcher(branch).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Translates a glob into a regular expression; null when it is malformed. */
    static @Nullable Pattern compile(String glob) {
        StringBuilder regex = new StringBuilder();
        int alternatives = 0;
        int i = 0;
        while (i < glob.length()) {
            char c = glob.charAt(i++);
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                case '\\' -> {
                    if (i == glob.length()) {
                        return null;
                    }
                    regex.append(Pattern.quote(String.valueOf(glob.charAt(i++))));
                }
                case '[' -> {
                    int close = glob.indexOf(']', i);
                    if (close < 0) {
                        return null;
                    }
                    String set = glob.substring(i, close);
                    boolean negated = set.startsWith("!");
                    // Only '!' negates in gobwas/glob: '^' is a literal there, so it is escaped like '[' and '&'.
                    regex.append('[').append(negated ? "^" : "")
                        .append(set.substring(negated ? 1 : 0).replace("\\", "\\\\").replace("[", "\\[")
                            .replace("&", "\\&").replace("^", "\\^"))
                        .append(']');
                    i = close + 1;
                }
                case '{' -> {
                    alternatives++;
                    regex.append("(?:");
                }
                case '}' -> {
                    if (alternatives == 0) {
                        regex.append("\\}");
                    }
                    else {
                        alternatives--;
                        regex.append(')');
                    }
                }
                case ',' -> regex.append((alternatives > 0) ? "|" : ",");
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        if (alternatives != 0) {
            return null;
        }
        try {
            return Pattern.compile(regex.toString(), Pattern.DOTALL);
        }
        catch (PatternSyntaxException ex) {
            return null;
        }
    }
}
