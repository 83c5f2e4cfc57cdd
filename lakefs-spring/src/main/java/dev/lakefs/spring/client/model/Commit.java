package dev.lakefs.spring.client.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A commit.
 *
 * @param id the commit id (64 lowercase hex characters)
 * @param parents the parent commit ids: none for the first commit, two for a merge
 * @param committer who committed
 * @param message the commit message
 * @param creationDate when it was committed
 * @param metaRangeId the id of the tree it commits
 * @param metadata the commit metadata
 * @param generation the distance from the first commit, plus one
 * @param version the commit record version, when the server sends it
 */
public record Commit(String id, List<String> parents, String committer, String message, Instant creationDate,
        String metaRangeId, Map<String, String> metadata, long generation, @Nullable Integer version) {

    public Commit {
        parents = ModelCollections.copyOf(parents);
        metadata = ModelCollections.copyOf(metadata);
    }

}
