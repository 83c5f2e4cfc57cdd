package dev.lakefs.embedded.api;

import java.util.Map;

import dev.lakefs.embedded.api.model.CommitInfo;
import dev.lakefs.embedded.api.model.Diff;
import dev.lakefs.embedded.api.model.DiffObjectStat;
import dev.lakefs.embedded.api.model.ObjectStats;
import dev.lakefs.embedded.api.model.RepositoryInfo;
import dev.lakefs.embedded.versioning.Change;
import dev.lakefs.embedded.versioning.Commit;
import dev.lakefs.embedded.versioning.Entry;
import dev.lakefs.embedded.versioning.Repository;
import org.jspecify.annotations.Nullable;

/** Maps the version-control model to lakeFS's JSON shapes. */
final class Models {

    /** lakeFS's current commit format version. */
    private static final int COMMIT_VERSION = 1;

    private Models() {
    }

    static RepositoryInfo repository(Repository repository) {
        return new RepositoryInfo(repository.id(), repository.creationDate(), repository.defaultBranch(),
                repository.storageNamespace(), repository.storageId(), repository.readOnly());
    }

    static CommitInfo commit(Commit commit) {
        return new CommitInfo(commit.id(), commit.parents(), commit.committer(), commit.message(),
                commit.creationDate(), commit.metaRangeId(), commit.metadata(), commit.generation(), COMMIT_VERSION);
    }

    /** An object's stats; with a presigned URL, it replaces the physical address. */
    static ObjectStats object(String path, Entry entry, boolean userMetadata, @Nullable String presignedUrl,
            @Nullable Long expiry) {
        return new ObjectStats(path, "object", (presignedUrl != null) ? presignedUrl : entry.physicalAddress(),
                expiry, entry.checksum(), entry.sizeBytes(), entry.mtime(),
                userMetadata ? entry.metadata() : Map.of(), entry.contentType());
    }

    /** A common prefix of a delimited listing, with lakeFS's empty required fields. */
    static ObjectStats commonPrefix(String prefix) {
        return new ObjectStats(prefix, "common_prefix", "", null, "", null, 0, null, null);
    }

    static Diff diff(Change change, boolean includeRight) {
        if (change.isPrefix()) {
            return new Diff(change.type(), change.path(), "common_prefix", null, null);
        }
        Entry sized = (change.right() != null) ? change.right() : change.left();
        DiffObjectStat right = null;
        if (includeRight && change.right() != null) {
            Entry entry = change.right();
            right = new DiffObjectStat(entry.checksum(), entry.mtime(), entry.contentType(), entry.metadata());
        }
        return new Diff(change.type(), change.path(), "object", (sized != null) ? sized.sizeBytes() : null, right);
    }
}
