package dev.lakefs.embedded.versioning;

import java.util.List;
import java.util.regex.Pattern;

import dev.lakefs.embedded.http.ApiException;

/**
 * Resolves lakeFS ref expressions (call under the repository's lock): a base (full commit id, branch, tag, unique
 * commit-id prefix, in that order), then {@code @} (committed state of a branch) or {@code $} (its staging), then
 * any number of {@code ~N} (N-th first-parent ancestor) and {@code ^N} (N-th parent) modifiers.
 */
public final class Refs {

    private static final Pattern FULL_COMMIT_ID = Pattern.compile("^[0-9a-f]{64}$");

    private static final Pattern COMMIT_ID_PREFIX = Pattern.compile("^[0-9a-f]{1,63}$");

    private Refs() {
    }

    /** Resolves an expression; 404 when it names nothing. */
    public static ResolvedRef resolve(Repository repository, String expression) {
        Names.checkRef(expression);
        int modifiersAt = indexOfModifier(expression);
        String base = expression.substring(0, modifiersAt);
        String modifiers = expression.substring(modifiersAt);
        if (base.isEmpty()) {
            throw ApiException.badRequest("invalid ref: " + expression);
        }
        boolean committedOnly = modifiers.startsWith("@");
        boolean stagingOnly = modifiers.startsWith("$");
        if (committedOnly || stagingOnly) {
            modifiers = modifiers.substring(1);
        }
        Branch branch = null;
        Commit commit;
        if (FULL_COMMIT_ID.matcher(base).matches() && repository.commits().containsKey(base)) {
            commit = repository.commits().get(base);
        }
        else if (repository.branches().containsKey(base)) {
            branch = repository.branches().get(base);
            commit = repository.commit(branch.head());
        }
        else if (repository.tags().containsKey(base)) {
            commit = repository.commit(repository.tags().get(base));
        }
        else {
            commit = byPrefix(repository, base, expression);
        }
        if ((committedOnly || stagingOnly) && branch == null) {
            throw ApiException.badRequest("invalid ref: " + expression + " (@ and $ apply to branches only)");
        }
        if (!modifiers.isEmpty()) {
            commit = walk(repository, commit, modifiers, expression);
            return new ResolvedRef(commit, null, false, false);
        }
        return new ResolvedRef(commit, branch, branch != null && !committedOnly, stagingOnly);
    }

    /** Resolves an expression that must name a commit ({@code branch$} is a 400). */
    public static Commit resolveCommit(Repository repository, String expression) {
        ResolvedRef ref = resolve(repository, expression);
        if (ref.stagingOnly()) {
            throw ApiException.badRequest("ref " + expression + ": a staging ref ($) cannot be used here: "
                    + "invalid value: validation error");
        }
        return ref.commit();
    }

    /**
     * The branch a write goes to. Only plain branch names qualify: a name with modifiers is a 400, a tag or commit
     * id a 404, as lakeFS answers.
     */
    public static Branch branch(Repository repository, String name) {
        Names.checkBranch(name);
        Branch branch = repository.branches().get(name);
        if (branch == null) {
            throw ApiException.notFound("branch '" + name + "' not found: not found");
        }
        return branch;
    }

    /** Whether a branch, tag or commit id already uses a name (they share one namespace). */
    public static boolean nameTaken(Repository repository, String name) {
        return repository.branches().containsKey(name) || repository.tags().containsKey(name)
                || repository.commits().containsKey(name);
    }

    private static int indexOfModifier(String expression) {
        for (int i = 0; i < expression.length(); i++) {
            if ("~^@$".indexOf(expression.charAt(i)) >= 0) {
                return i;
            }
        }
        return expression.length();
    }

    private static Commit byPrefix(Repository repository, String prefix, String expression) {
        if (COMMIT_ID_PREFIX.matcher(prefix).matches()) {
            List<Commit> matches = repository.commits().values().stream()
                .filter(commit -> commit.id().startsWith(prefix))
                .limit(2)
                .toList();
            if (matches.size() == 1) {
                return matches.get(0);
            }
        }
        throw ApiException.notFound("ref " + expression + ": not found");
    }

    private static Commit walk(Repository repository, Commit start, String modifiers, String expression) {
        Commit commit = start;
        int i = 0;
        while (i < modifiers.length()) {
            char kind = modifiers.charAt(i++);
            int digitsStart = i;
            while (i < modifiers.length() && Character.isDigit(modifiers.charAt(i))) {
                i++;
            }
            if (kind != '~' && kind != '^') {
                throw ApiException.badRequest("invalid ref: " + expression);
            }
            int n = (i > digitsStart) ? Integer.parseInt(modifiers.substring(digitsStart, i)) : 1;
            if (kind == '~') {
                for (int step = 0; step < n; step++) {
                    commit = parent(repository, commit, 1, expression);
                }
            }
            else if (n > 0) {
                commit = parent(repository, commit, n, expression);
            }
        }
        return commit;
    }

    private static Commit parent(Repository repository, Commit commit, int number, String expression) {
        if (number > commit.parents().size()) {
            throw ApiException.notFound("ref " + expression + ": commit not found");
        }
        return repository.commit(commit.parents().get(number - 1));
    }

}
