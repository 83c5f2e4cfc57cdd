package dev.lakefs.embedded.versioning;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.lakefs.embedded.http.ApiException;
import org.jspecify.annotations.Nullable;

/**
 * A repository's branch protection rules, as lakeFS keeps them (the {@code protected_branches} setting): glob
 * patterns on branch names, each blocking staging writes and commits. Guarded by the repository's lock.
 * <p>
 * Patterns follow the glob syntax lakeFS compiles them with (gobwas/glob without separators), matched without
 * backtracking (see {@code BranchGlob}).
 */
public final class BranchProtection {

    /** Rule patterns, sorted, with their compiled matchers (null when the pattern is not a valid glob). */
    private final Map<String, @Nullable BranchGlob> rules = new TreeMap<>();

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
     * Fails with 412 unless {@code ifMatch} (lakeFS's {@code If-Match}) holds: null always does, empty means "only if
     * none were saved", anything else must equal the current ETag.
     */
    void checkMatch(@Nullable String ifMatch) {
        if (ifMatch != null && !(ifMatch.isEmpty() ? !this.saved : this.saved && ifMatch.equals(etag()))) {
            throw ApiException.preconditionFailed("precondition failed");
        }
    }

    /** Replaces the rules (every change to the rules ends here, through its repository). */
    void set(List<String> patterns) {
        this.rules.clear();
        patterns.forEach(pattern -> this.rules.put(pattern, BranchGlob.compile(pattern)));
        this.saved = true;
    }

    /** Whether a rule matches the branch; an invalid pattern fails the write as lakeFS's compile error does. */
    public boolean protects(String branch) {
        for (Map.Entry<String, @Nullable BranchGlob> rule : this.rules.entrySet()) {
            BranchGlob glob = rule.getValue();
            if (glob == null) {
                throw new ApiException(500, "invalid branch protection pattern: " + rule.getKey());
            }
            if (glob.matches(branch)) {
                return true;
            }
        }
        return false;
    }
}
