package dev.lakefs.spring.nio;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.lakefs.spring.Branch;
import dev.lakefs.spring.LakeFSNames;
import dev.lakefs.spring.client.LakeFSBadRequestException;
import dev.lakefs.spring.client.model.Commit;
import dev.lakefs.spring.transaction.LakeFSTransaction;

/**
 * An open file-system transaction: lakefs-spec's {@code fs.transaction(repository, branch)} in Java. Its
 * {@link #path(String) paths} point at the transaction's branch; paths on the source branch are routed there too
 * while the work runs in this thread.
 * <pre>{@code
 * LakeFSFileSystems.transaction(fileSystem, "example-repo", "main", (tx) -> {
 *     Files.write(tx.path("train-data.txt"), trainData);
 *     tx.commit("Add training data");
 *     Files.write(tx.path("test-data.txt"), testData);
 *     String sha = tx.commit("Add test data");
 *     tx.tag(sha, "my-split");
 *     return sha;
 * });
 * }</pre>
 * Commits made with {@link #commit} stay on the transaction's branch until it is merged; what is left uncommitted
 * when the work returns is committed then (lakefs-spec drops it). Tags are created after the merge, so a transaction
 * that fails leaves no tag (lakefs-spec creates them at once and keeps them).
 */
public final class LakeFSFileTransaction {

    private final LakeFSFileSystem fileSystem;

    private final LakeFSTransaction transaction;

    private final List<PendingTag> tags = new ArrayList<>();

    LakeFSFileTransaction(LakeFSFileSystem fileSystem, LakeFSTransaction transaction) {
        this.fileSystem = fileSystem;
        this.transaction = transaction;
    }

    /** A tag to create after the merge. */
    record PendingTag(String name, String commitId) {
    }

    /**
     * The path of an object on the transaction's branch: {@code /repository/tx-…/path}.
     * @param path the object path, e.g. {@code train-data.txt}
     * @return the path
     */
    public LakeFSPath path(String path) {
        return this.fileSystem.getPath("/" + this.transaction.repositoryId(), this.transaction.branchId(), path);
    }

    /**
     * The transaction branch's root directory, {@code /repository/tx-…}.
     * @return the path
     */
    public LakeFSPath root() {
        return this.fileSystem.getPath("/" + this.transaction.repositoryId(), this.transaction.branchId());
    }

    /**
     * The transaction's branch id (lakefs-spec's {@code tx.branch.id}).
     * @return the branch id
     */
    public String branchId() {
        return this.transaction.branchId();
    }

    /**
     * The transaction's branch.
     * @return the branch handle
     */
    public Branch branch() {
        return this.transaction.branch();
    }

    /**
     * The branch transaction underneath (commit message and metadata of the final commit, rollback-only...).
     * @return the transaction
     */
    public LakeFSTransaction transaction() {
        return this.transaction;
    }

    /**
     * Commits what was written so far on the transaction's branch.
     * @param message the commit message
     * @return the new commit's id, or the branch's head when there was nothing to commit (as lakefs-spec does)
     */
    public String commit(String message) {
        return commit(message, Map.of());
    }

    /**
     * Commits what was written so far on the transaction's branch, with metadata.
     * @param message the commit message
     * @param metadata the commit metadata
     * @return the new commit's id, or the branch's head when there was nothing to commit
     */
    public String commit(String message, Map<String, String> metadata) {
        Branch branch = branch();
        try {
            Commit commit = branch.commit(message, metadata);
            return commit.id();
        }
        catch (LakeFSBadRequestException ex) {
            String serverMessage = ex.getServerMessage();
            if (serverMessage != null && serverMessage.contains("no changes")) {
                return branch.getCommit().id();
            }
            throw ex;
        }
    }

    /**
     * Tags a commit once the transaction has merged; a failed transaction creates no tag. The ref is resolved now,
     * so a commit of the transaction's branch (what {@link #commit} returns) can be tagged.
     * @param ref the commit to tag: a commit id or any ref expression
     * @param name the tag name
     * @throws IllegalStateException when the tag exists already
     */
    public void tag(String ref, String name) {
        LakeFSNames.requireTagId(name);
        String commitId = branch().repository().ref(ref).getCommit().id();
        if (branch().repository().tag(name).exists()
                || this.tags.stream().anyMatch((pending) -> pending.name().equals(name))) {
            throw new IllegalStateException("Tag '" + name + "' already exists in repository '"
                    + this.transaction.repositoryId() + "'");
        }
        this.tags.add(new PendingTag(name, commitId));
    }

    List<PendingTag> pendingTags() {
        return List.copyOf(this.tags);
    }
}
