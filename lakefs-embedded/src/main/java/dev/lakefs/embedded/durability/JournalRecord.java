package dev.lakefs.embedded.durability;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.lakefs.embedded.storage.StoredBlob;
import dev.lakefs.embedded.versioning.StateChange;
import org.jspecify.annotations.Nullable;

/** One record of a data directory's journal: what one request changed, complete or absent after a crash. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "record")
@JsonSubTypes({ @JsonSubTypes.Type(value = JournalRecord.RepositoryCreated.class, name = "repository-created"),
        @JsonSubTypes.Type(value = JournalRecord.RepositoryChanged.class, name = "repository-changed"),
        @JsonSubTypes.Type(value = JournalRecord.RepositoryDeleted.class, name = "repository-deleted"),
        @JsonSubTypes.Type(value = JournalRecord.BlobStored.class, name = "blob"),
        @JsonSubTypes.Type(value = JournalRecord.TokensRevoked.class, name = "tokens-revoked") })
sealed interface JournalRecord {

    /**
     * A repository was created, with its first changes.
     *
     * @param id the repository id
     * @param creationDate Unix seconds
     * @param defaultBranch the default branch
     * @param storageNamespace the storage namespace
     * @param readOnly whether it is read-only
     * @param storageId the storage id, if any
     * @param changes its first commit and default branch (none when bare)
     */
    record RepositoryCreated(String id, long creationDate, String defaultBranch, String storageNamespace,
            boolean readOnly, @Nullable String storageId, List<StateChange> changes) implements JournalRecord {
    }

    /**
     * A repository applied changes.
     *
     * @param id the repository id
     * @param changes the changes, in order
     */
    record RepositoryChanged(String id, List<StateChange> changes) implements JournalRecord {
    }

    /**
     * A repository was deleted.
     *
     * @param id the repository id
     */
    record RepositoryDeleted(String id) implements JournalRecord {
    }

    /**
     * A blob was stored at an address.
     *
     * @param blob the address and the file holding the content
     */
    record BlobStored(StoredBlob blob) implements JournalRecord {
    }

    /**
     * Login tokens issued before an instant were revoked (the server was reset).
     *
     * @param notBeforeMillis tokens issued before this epoch millisecond are refused
     */
    record TokensRevoked(long notBeforeMillis) implements JournalRecord {
    }
}
