package dev.lakefs.embedded.versioning;

import java.security.MessageDigest;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An immutable commit. Its id is the SHA-256 content address of committer, message, metarange, creation date,
 * metadata, parents and generation, as lakeFS's {@code Commit.Identity}.
 *
 * @param id 64 lowercase hex characters
 * @param parents parent ids, first parent first
 * @param committer who committed
 * @param message the message
 * @param creationDate Unix seconds
 * @param metadata commit metadata, sorted
 * @param generation max(parent generations) + 1; the first commit is 1
 * @param tree the committed content
 * @param sequence creation order within the server, newest highest (orders the log)
 */
public record Commit(String id, List<String> parents, String committer, String message, long creationDate,
        Map<String, String> metadata, long generation, Tree tree, long sequence) {

    public Commit {
        parents = List.copyOf(parents);
        metadata = Collections.unmodifiableSortedMap(new TreeMap<>(metadata));
    }

    public String metaRangeId() {
        return this.tree.metaRangeId();
    }

    /** Builds a commit, computing its id. */
    static Commit create(List<String> parents, String committer, String message, long creationDate,
            Map<String, String> metadata, long generation, Tree tree, long sequence) {
        MessageDigest sha256 = Tree.Hashing.sha256();
        Tree.Hashing.update(sha256, committer);
        Tree.Hashing.update(sha256, message);
        Tree.Hashing.update(sha256, tree.metaRangeId());
        Tree.Hashing.update(sha256, Long.toString(creationDate));
        Tree.Hashing.update(sha256, Long.toString(generation));
        new TreeMap<>(metadata).forEach((key, value) -> {
            Tree.Hashing.update(sha256, key);
            Tree.Hashing.update(sha256, value);
        });
        parents.forEach(parent -> Tree.Hashing.update(sha256, parent));
        String id = HexFormat.of().formatHex(sha256.digest());
        return new Commit(id, parents, committer, message, creationDate, metadata, generation, tree, sequence);
    }
}
