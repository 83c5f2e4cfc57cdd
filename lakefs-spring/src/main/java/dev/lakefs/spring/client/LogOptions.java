package dev.lakefs.spring.client;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Which commits {@code logCommits} returns (newest first), fetched lazily page by page.
 *
 * @param after only commits after this commit id in log order (exclusive), or null
 * @param pageSize how many commits to request per page (1 to 1000)
 * @param max the most commits to return in total
 * @param objects only commits that changed one of these object paths (empty: no filter)
 * @param prefixes only commits that changed something under one of these prefixes (empty: no filter)
 * @param firstParent whether to follow only first parents at merge commits
 * @param since only commits created at or after this time, or null
 * @param stopAt stop at this reference, or null
 */
public record LogOptions(@Nullable String after, int pageSize, long max, List<String> objects, List<String> prefixes,
        boolean firstParent, @Nullable Instant since, @Nullable String stopAt) {

    private static final LogOptions DEFAULTS = new LogOptions(null, ListOptions.MAX_PAGE_SIZE, Long.MAX_VALUE, List.of(),
            List.of(), false, null, null);

    public LogOptions {
        ListOptions.validatePaging(pageSize, max);
        objects = List.copyOf(objects);
        prefixes = List.copyOf(prefixes);
    }

    /**
     * The whole log, in pages of 1000.
     * @return the default options
     */
    public static LogOptions defaults() {
        return DEFAULTS;
    }

    /**
     * These options returning at most {@code max} commits.
     * @param max the most commits to return
     * @return new options
     */
    public LogOptions withMax(long max) {
        return new LogOptions(this.after, this.pageSize, max, this.objects, this.prefixes, this.firstParent,
                this.since, this.stopAt);
    }

    /**
     * These options with another page size.
     * @param pageSize commits per request (1 to 1000)
     * @return new options
     */
    public LogOptions withPageSize(int pageSize) {
        return new LogOptions(this.after, pageSize, this.max, this.objects, this.prefixes, this.firstParent,
                this.since, this.stopAt);
    }

    /**
     * These options following first parents only.
     * @param firstParent whether to follow only first parents
     * @return new options
     */
    public LogOptions withFirstParent(boolean firstParent) {
        return new LogOptions(this.after, this.pageSize, this.max, this.objects, this.prefixes, firstParent,
                this.since, this.stopAt);
    }

    /**
     * These options limited to commits that touched some objects or prefixes.
     * @param objects object paths (empty: no filter)
     * @param prefixes path prefixes (empty: no filter)
     * @return new options
     */
    public LogOptions withPaths(List<String> objects, List<String> prefixes) {
        return new LogOptions(this.after, this.pageSize, this.max, objects, prefixes, this.firstParent, this.since,
                this.stopAt);
    }

    /**
     * These options stopping at a time or reference, whichever comes first.
     * @param since only commits created at or after this time, or null
     * @param stopAt stop at this reference, or null
     * @return new options
     */
    public LogOptions withLimits(@Nullable Instant since, @Nullable String stopAt) {
        return new LogOptions(this.after, this.pageSize, this.max, this.objects, this.prefixes, this.firstParent,
                since, stopAt);
    }

}
